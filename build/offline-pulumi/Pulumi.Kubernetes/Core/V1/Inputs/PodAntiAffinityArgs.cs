// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class PodAntiAffinityArgs : global::Pulumi.ResourceArgs
{
    [Input("preferredDuringSchedulingIgnoredDuringExecution")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.WeightedPodAffinityTermArgs>? _preferredDuringSchedulingIgnoredDuringExecution;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.WeightedPodAffinityTermArgs> PreferredDuringSchedulingIgnoredDuringExecution
    {
        get => _preferredDuringSchedulingIgnoredDuringExecution ?? (_preferredDuringSchedulingIgnoredDuringExecution = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.WeightedPodAffinityTermArgs>());
        set => _preferredDuringSchedulingIgnoredDuringExecution = value;
    }

    [Input("requiredDuringSchedulingIgnoredDuringExecution")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodAffinityTermArgs>? _requiredDuringSchedulingIgnoredDuringExecution;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodAffinityTermArgs> RequiredDuringSchedulingIgnoredDuringExecution
    {
        get => _requiredDuringSchedulingIgnoredDuringExecution ?? (_requiredDuringSchedulingIgnoredDuringExecution = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodAffinityTermArgs>());
        set => _requiredDuringSchedulingIgnoredDuringExecution = value;
    }

    public PodAntiAffinityArgs()
    {
    }

    public static new PodAntiAffinityArgs Empty => new PodAntiAffinityArgs();
}
