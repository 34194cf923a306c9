using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes;

/// <summary>A LimitRange item for containers: default requests, default limits and the maximum.</summary>
public sealed record LimitRangeDefaults(
    ImmutableDictionary<string, string> DefaultRequest,
    ImmutableDictionary<string, string> Default,
    ImmutableDictionary<string, string> Max);
