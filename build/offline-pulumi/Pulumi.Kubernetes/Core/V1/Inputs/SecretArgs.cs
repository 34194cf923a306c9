// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class SecretArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("data")]
    private InputMap<string>? _data;

    public InputMap<string> Data
    {
        get => _data ?? (_data = new InputMap<string>());
        set
        {
            // As in the real package: whatever is assigned here is a secret.
            var emptySecret = Output.CreateSecret(ImmutableDictionary.Create<string, string>());
            _data = Output.All(value, emptySecret).Apply(v => v[0]);
        }
    }

    [Input("immutable")]
    public Input<bool>? Immutable { get; set; }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("metadata")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

    [Input("stringData")]
    private InputMap<string>? _stringData;

    public InputMap<string> StringData
    {
        get => _stringData ?? (_stringData = new InputMap<string>());
        set
        {
            // As in the real package: whatever is assigned here is a secret.
            var emptySecret = Output.CreateSecret(ImmutableDictionary.Create<string, string>());
            _stringData = Output.All(value, emptySecret).Apply(v => v[0]);
        }
    }

    [Input("type")]
    public Input<string>? Type { get; set; }

    public SecretArgs()
    {
    }

    public static new SecretArgs Empty => new SecretArgs();
}
