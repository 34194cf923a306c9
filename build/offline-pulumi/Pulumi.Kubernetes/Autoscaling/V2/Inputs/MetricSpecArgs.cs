// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;

public class MetricSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("external")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.ExternalMetricSourceArgs>? External { get; set; }

    [Input("pods")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.PodsMetricSourceArgs>? Pods { get; set; }

    [Input("resource")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.ResourceMetricSourceArgs>? Resource { get; set; }

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    public MetricSpecArgs()
    {
    }

    public static new MetricSpecArgs Empty => new MetricSpecArgs();
}
