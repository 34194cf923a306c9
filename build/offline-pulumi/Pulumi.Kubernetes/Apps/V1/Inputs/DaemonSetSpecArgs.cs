// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Apps.V1;

public class DaemonSetSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("minReadySeconds")]
    public Input<int>? MinReadySeconds { get; set; }

    [Input("revisionHistoryLimit")]
    public Input<int>? RevisionHistoryLimit { get; set; }

    [Input("selector", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs> Selector { get; set; } = null!;

    [Input("template", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodTemplateSpecArgs> Template { get; set; } = null!;

    [Input("updateStrategy")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Apps.V1.DaemonSetUpdateStrategyArgs>? UpdateStrategy { get; set; }

    public DaemonSetSpecArgs()
    {
    }

    public static new DaemonSetSpecArgs Empty => new DaemonSetSpecArgs();
}
