// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class VolumeResourceRequirementsArgs : global::Pulumi.ResourceArgs
{
    [Input("limits")]
    private InputMap<string>? _limits;

    public InputMap<string> Limits
    {
        get => _limits ?? (_limits = new InputMap<string>());
        set => _limits = value;
    }

    [Input("requests")]
    private InputMap<string>? _requests;

    public InputMap<string> Requests
    {
        get => _requests ?? (_requests = new InputMap<string>());
        set => _requests = value;
    }

    public VolumeResourceRequirementsArgs()
    {
    }

    public static new VolumeResourceRequirementsArgs Empty => new VolumeResourceRequirementsArgs();
}
