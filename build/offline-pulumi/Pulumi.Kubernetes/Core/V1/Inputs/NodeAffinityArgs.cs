// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class NodeAffinityArgs : global::Pulumi.ResourceArgs
{
    [Input("preferredDuringSchedulingIgnoredDuringExecution")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.PreferredSchedulingTermArgs>? _preferredDuringSchedulingIgnoredDuringExecution;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.PreferredSchedulingTermArgs> PreferredDuringSchedulingIgnoredDuringExecution
    {
        get => _preferredDuringSchedulingIgnoredDuringExecution ?? (_preferredDuringSchedulingIgnoredDuringExecution = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.PreferredSchedulingTermArgs>());
        set => _preferredDuringSchedulingIgnoredDuringExecution = value;
    }

    [Input("requiredDuringSchedulingIgnoredDuringExecution")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorArgs>? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }

    public NodeAffinityArgs()
    {
    }

    public static new NodeAffinityArgs Empty => new NodeAffinityArgs();
}
