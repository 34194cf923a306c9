using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes;

/// <summary>A NetworkPolicy as plain data: which pods, which directions it governs, and what it allows.</summary>
/// <param name="Name">Object name.</param>
/// <param name="PodLabels">Pods it applies to; empty = every pod of the namespace.</param>
/// <param name="PolicyTypes"><c>Ingress</c> and/or <c>Egress</c>; a type with no rules denies that direction.</param>
public sealed record NetworkPolicySpecDefinition(
    string Name,
    ImmutableDictionary<string, string> PodLabels,
    ImmutableArray<string> PolicyTypes,
    ImmutableArray<NetworkPolicyRuleSpec> Ingress,
    ImmutableArray<NetworkPolicyRuleSpec> Egress);
