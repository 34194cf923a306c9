using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes;

/// <summary>An ingress (from) or egress (to) rule: traffic with any of <paramref name="Peers"/> on any of <paramref name="Ports"/> (empty = all ports).</summary>
public sealed record NetworkPolicyRuleSpec(ImmutableArray<NetworkPolicyPeerSpec> Peers, ImmutableArray<NetworkPolicyPortSpec> Ports);
