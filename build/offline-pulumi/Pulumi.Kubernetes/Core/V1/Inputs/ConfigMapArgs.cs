// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ConfigMapArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("binaryData")]
    private InputMap<string>? _binaryData;

    public InputMap<string> BinaryData
    {
        get => _binaryData ?? (_binaryData = new InputMap<string>());
        set => _binaryData = value;
    }

    [Input("data")]
    private InputMap<string>? _data;

    public InputMap<string> Data
    {
        get => _data ?? (_data = new InputMap<string>());
        set => _data = value;
    }

    [Input("immutable")]
    public Input<bool>? Immutable { get; set; }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("metadata")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

    public ConfigMapArgs()
    {
    }

    public static new ConfigMapArgs Empty => new ConfigMapArgs();
}
