// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class WeightedPodAffinityTermArgs : global::Pulumi.ResourceArgs
{
    [Input("podAffinityTerm", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodAffinityTermArgs> PodAffinityTerm { get; set; } = null!;

    [Input("weight", required: true)]
    public Input<int> Weight { get; set; } = null!;

    public WeightedPodAffinityTermArgs()
    {
    }

    public static new WeightedPodAffinityTermArgs Empty => new WeightedPodAffinityTermArgs();
}
