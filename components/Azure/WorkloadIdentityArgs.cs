using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="WorkloadIdentity"/>.</summary>
public sealed class WorkloadIdentityArgs
{
    /// <summary>The managed identity's name. Required.</summary>
    public required string IdentityName { get; init; }

    public required Input<string> ResourceGroupName { get; init; }

    public required string Location { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>The cluster's OIDC issuer URL. Required.</summary>
    public required Input<string> OidcIssuer { get; init; }

    /// <summary>Service accounts that may use the identity, one federated credential each (Azure allows 20). Required.</summary>
    public required ImmutableArray<ServiceAccountRef> ServiceAccounts { get; init; }

    /// <summary>Roles the identity holds.</summary>
    public ImmutableArray<RoleGrant> Roles { get; init; } = [];

    /// <summary>Team, for the <c>team</c> tag.</summary>
    public string? Team { get; init; }
}
