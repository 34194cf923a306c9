// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Scheduling.V1;

public class PriorityClassArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("globalDefault")]
    public Input<bool>? GlobalDefault { get; set; }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("metadata")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

    [Input("preemptionPolicy")]
    public Input<string>? PreemptionPolicy { get; set; }

    [Input("value", required: true)]
    public Input<int> Value { get; set; } = null!;

    public PriorityClassArgs()
    {
    }

    public static new PriorityClassArgs Empty => new PriorityClassArgs();
}
