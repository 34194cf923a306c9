// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1;

public class NetworkPolicyPeerArgs : global::Pulumi.ResourceArgs
{
    [Input("ipBlock")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Networking.V1.IPBlockArgs>? IpBlock { get; set; }

    [Input("namespaceSelector")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? NamespaceSelector { get; set; }

    [Input("podSelector")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? PodSelector { get; set; }

    public NetworkPolicyPeerArgs()
    {
    }

    public static new NetworkPolicyPeerArgs Empty => new NetworkPolicyPeerArgs();
}
