// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ResourceQuotaSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("hard")]
    private InputMap<string>? _hard;

    public InputMap<string> Hard
    {
        get => _hard ?? (_hard = new InputMap<string>());
        set => _hard = value;
    }

    [Input("scopes")]
    private InputList<string>? _scopes;

    public InputList<string> Scopes
    {
        get => _scopes ?? (_scopes = new InputList<string>());
        set => _scopes = value;
    }

    public ResourceQuotaSpecArgs()
    {
    }

    public static new ResourceQuotaSpecArgs Empty => new ResourceQuotaSpecArgs();
}
