// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;

public class ResourceMetricSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("target", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.MetricTargetArgs> Target { get; set; } = null!;

    public ResourceMetricSourceArgs()
    {
    }

    public static new ResourceMetricSourceArgs Empty => new ResourceMetricSourceArgs();
}
