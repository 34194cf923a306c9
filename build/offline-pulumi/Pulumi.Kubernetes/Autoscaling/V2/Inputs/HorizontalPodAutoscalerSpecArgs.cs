// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;

public class HorizontalPodAutoscalerSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("behavior")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HorizontalPodAutoscalerBehaviorArgs>? Behavior { get; set; }

    [Input("maxReplicas", required: true)]
    public Input<int> MaxReplicas { get; set; } = null!;

    [Input("metrics")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.MetricSpecArgs>? _metrics;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.MetricSpecArgs> Metrics
    {
        get => _metrics ?? (_metrics = new InputList<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.MetricSpecArgs>());
        set => _metrics = value;
    }

    [Input("minReplicas")]
    public Input<int>? MinReplicas { get; set; }

    [Input("scaleTargetRef", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.CrossVersionObjectReferenceArgs> ScaleTargetRef { get; set; } = null!;

    public HorizontalPodAutoscalerSpecArgs()
    {
    }

    public static new HorizontalPodAutoscalerSpecArgs Empty => new HorizontalPodAutoscalerSpecArgs();
}
