using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="PodIdentityRole"/>.</summary>
public sealed class PodIdentityRoleArgs
{
    /// <summary>The EKS cluster the service accounts live in. Required.</summary>
    public required Input<string> ClusterName { get; init; }

    /// <summary>Service accounts that assume the role (one Pod Identity association each).</summary>
    public ImmutableArray<ServiceAccountRef> ServiceAccounts { get; init; } = [];

    /// <summary>Managed policies attached to the role.</summary>
    public ImmutableArray<Input<string>> PolicyArns { get; init; } = [];

    public required CommonTags Tags { get; init; }

    public string? Team { get; init; }

    public string Description { get; init; } = "Workload identity (EKS Pod Identity)";
}
