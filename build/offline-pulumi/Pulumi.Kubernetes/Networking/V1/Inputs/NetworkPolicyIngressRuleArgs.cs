// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1;

public class NetworkPolicyIngressRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("from")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs>? _from;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs> From
    {
        get => _from ?? (_from = new InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs>());
        set => _from = value;
    }

    [Input("ports")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs>? _ports;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs> Ports
    {
        get => _ports ?? (_ports = new InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs>());
        set => _ports = value;
    }

    public NetworkPolicyIngressRuleArgs()
    {
    }

    public static new NetworkPolicyIngressRuleArgs Empty => new NetworkPolicyIngressRuleArgs();
}
