// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Apps.V1;

public class DeploymentSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("minReadySeconds")]
    public Input<int>? MinReadySeconds { get; set; }

    [Input("paused")]
    public Input<bool>? Paused { get; set; }

    [Input("progressDeadlineSeconds")]
    public Input<int>? ProgressDeadlineSeconds { get; set; }

    [Input("replicas")]
    public Input<int>? Replicas { get; set; }

    [Input("revisionHistoryLimit")]
    public Input<int>? RevisionHistoryLimit { get; set; }

    [Input("selector", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs> Selector { get; set; } = null!;

    [Input("strategy")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentStrategyArgs>? Strategy { get; set; }

    [Input("template", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodTemplateSpecArgs> Template { get; set; } = null!;

    public DeploymentSpecArgs()
    {
    }

    public static new DeploymentSpecArgs Empty => new DeploymentSpecArgs();
}
