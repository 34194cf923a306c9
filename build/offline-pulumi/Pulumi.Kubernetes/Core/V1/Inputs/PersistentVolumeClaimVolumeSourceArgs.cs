// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class PersistentVolumeClaimVolumeSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("readOnly")]
    public Input<bool>? ReadOnly { get; set; }

    public PersistentVolumeClaimVolumeSourceArgs()
    {
    }

    public static new PersistentVolumeClaimVolumeSourceArgs Empty => new PersistentVolumeClaimVolumeSourceArgs();
}
