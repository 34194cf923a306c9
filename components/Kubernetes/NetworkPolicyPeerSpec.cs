using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes;

/// <summary>One peer of a network policy rule: pods by namespace and/or pod labels, or an IP block.</summary>
/// <param name="NamespaceLabels">Namespaces whose labels match; null = the policy's own namespace.</param>
/// <param name="PodLabels">Pods whose labels match; null = all pods of the selected namespaces.</param>
/// <param name="Cidr">An IP block instead of pods.</param>
/// <param name="Except">Parts of <paramref name="Cidr"/> excluded.</param>
public sealed record NetworkPolicyPeerSpec(
    ImmutableDictionary<string, string>? NamespaceLabels = null,
    ImmutableDictionary<string, string>? PodLabels = null,
    string? Cidr = null,
    ImmutableArray<string> Except = default);
