// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class AffinityArgs : global::Pulumi.ResourceArgs
{
    [Input("nodeAffinity")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeAffinityArgs>? NodeAffinity { get; set; }

    [Input("podAffinity")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodAffinityArgs>? PodAffinity { get; set; }

    [Input("podAntiAffinity")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodAntiAffinityArgs>? PodAntiAffinity { get; set; }

    public AffinityArgs()
    {
    }

    public static new AffinityArgs Empty => new AffinityArgs();
}
