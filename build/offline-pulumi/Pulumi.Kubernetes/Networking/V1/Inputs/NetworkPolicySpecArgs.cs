// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1;

public class NetworkPolicySpecArgs : global::Pulumi.ResourceArgs
{
    [Input("egress")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyEgressRuleArgs>? _egress;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyEgressRuleArgs> Egress
    {
        get => _egress ?? (_egress = new InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyEgressRuleArgs>());
        set => _egress = value;
    }

    [Input("ingress")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyIngressRuleArgs>? _ingress;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyIngressRuleArgs> Ingress
    {
        get => _ingress ?? (_ingress = new InputList<Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyIngressRuleArgs>());
        set => _ingress = value;
    }

    [Input("podSelector", required: true)]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs> PodSelector { get; set; } = null!;

    [Input("policyTypes")]
    private InputList<string>? _policyTypes;

    public InputList<string> PolicyTypes
    {
        get => _policyTypes ?? (_policyTypes = new InputList<string>());
        set => _policyTypes = value;
    }

    public NetworkPolicySpecArgs()
    {
    }

    public static new NetworkPolicySpecArgs Empty => new NetworkPolicySpecArgs();
}
