// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;

public class HPAScalingRulesArgs : global::Pulumi.ResourceArgs
{
    [Input("policies")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HPAScalingPolicyArgs>? _policies;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HPAScalingPolicyArgs> Policies
    {
        get => _policies ?? (_policies = new InputList<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HPAScalingPolicyArgs>());
        set => _policies = value;
    }

    [Input("selectPolicy")]
    public Input<string>? SelectPolicy { get; set; }

    [Input("stabilizationWindowSeconds")]
    public Input<int>? StabilizationWindowSeconds { get; set; }

    [Input("tolerance")]
    public Input<string>? Tolerance { get; set; }

    public HPAScalingRulesArgs()
    {
    }

    public static new HPAScalingRulesArgs Empty => new HPAScalingRulesArgs();
}
