// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;

public class HorizontalPodAutoscalerBehaviorArgs : global::Pulumi.ResourceArgs
{
    [Input("scaleDown")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HPAScalingRulesArgs>? ScaleDown { get; set; }

    [Input("scaleUp")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HPAScalingRulesArgs>? ScaleUp { get; set; }

    public HorizontalPodAutoscalerBehaviorArgs()
    {
    }

    public static new HorizontalPodAutoscalerBehaviorArgs Empty => new HorizontalPodAutoscalerBehaviorArgs();
}
