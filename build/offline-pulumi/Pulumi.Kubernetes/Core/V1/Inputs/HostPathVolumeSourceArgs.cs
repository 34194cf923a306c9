// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class HostPathVolumeSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("path", required: true)]
    public Input<string> Path { get; set; } = null!;

    [Input("type")]
    public Input<string>? Type { get; set; }

    public HostPathVolumeSourceArgs()
    {
    }

    public static new HostPathVolumeSourceArgs Empty => new HostPathVolumeSourceArgs();
}
