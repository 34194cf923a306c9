// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;

public class HPAScalingPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("periodSeconds", required: true)]
    public Input<int> PeriodSeconds { get; set; } = null!;

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    [Input("value", required: true)]
    public Input<int> Value { get; set; } = null!;

    public HPAScalingPolicyArgs()
    {
    }

    public static new HPAScalingPolicyArgs Empty => new HPAScalingPolicyArgs();
}
