// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1;

public class NetworkPolicyEgressRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("ports")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs>? _ports;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs> Ports
    {
        get => _ports ?? (_ports = new InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs>());
        set => _ports = value;
    }

    [Input("to")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs>? _to;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs> To
    {
        get => _to ?? (_to = new InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs>());
        set => _to = value;
    }

    public NetworkPolicyEgressRuleArgs()
    {
    }

    public static new NetworkPolicyEgressRuleArgs Empty => new NetworkPolicyEgressRuleArgs();
}
