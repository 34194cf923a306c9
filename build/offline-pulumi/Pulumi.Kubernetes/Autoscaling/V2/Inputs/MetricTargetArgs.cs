// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;

public class MetricTargetArgs : global::Pulumi.ResourceArgs
{
    [Input("averageUtilization")]
    public Input<int>? AverageUtilization { get; set; }

    [Input("averageValue")]
    public Input<string>? AverageValue { get; set; }

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    [Input("value")]
    public Input<string>? Value { get; set; }

    public MetricTargetArgs()
    {
    }

    public static new MetricTargetArgs Empty => new MetricTargetArgs();
}
