// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Policy.V1;

public class PodDisruptionBudgetSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("maxUnavailable")]
    public InputUnion<int, string>? MaxUnavailable { get; set; }

    [Input("minAvailable")]
    public InputUnion<int, string>? MinAvailable { get; set; }

    [Input("selector")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? Selector { get; set; }

    [Input("unhealthyPodEvictionPolicy")]
    public Input<string>? UnhealthyPodEvictionPolicy { get; set; }

    public PodDisruptionBudgetSpecArgs()
    {
    }

    public static new PodDisruptionBudgetSpecArgs Empty => new PodDisruptionBudgetSpecArgs();
}
