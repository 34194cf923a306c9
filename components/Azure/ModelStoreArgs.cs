using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="ModelStore"/>.</summary>
public sealed class ModelStoreArgs
{
    /// <summary>Name prefix, e.g. <c>mlp-dev</c>. Required.</summary>
    public required string Prefix { get; init; }

    /// <summary>Makes the globally unique account name stable and distinct per environment (region, cluster). Required.</summary>
    public required string NameSeed { get; init; }

    public required Input<string> ResourceGroupName { get; init; }

    public required string Location { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>The cluster's OIDC issuer, trusted by the serving and training identities. Required.</summary>
    public required Input<string> OidcIssuer { get; init; }

    /// <summary>Serving service accounts: read-only access (Storage Blob Data Reader). Required.</summary>
    public required ImmutableArray<ServiceAccountRef> ReaderServiceAccounts { get; init; }

    /// <summary>Training service accounts: read-write access (Storage Blob Data Contributor). Required.</summary>
    public required ImmutableArray<ServiceAccountRef> WriterServiceAccounts { get; init; }

    /// <summary>Superseded model artifact versions are deleted after this many days (the rollback window).</summary>
    public int NoncurrentVersionExpiryDays { get; init; } = 90;

    /// <summary>Deleted blobs and containers stay recoverable this long.</summary>
    public int SoftDeleteDays { get; init; } = 14;

    /// <summary>Artifacts untouched this long move to the cool tier.</summary>
    public int CoolAfterDays { get; init; } = 90;

    /// <summary>
    /// Private endpoint placement (production): set, the account gets a <c>blob</c> private endpoint, public network
    /// access is disabled and the network rule set denies by default (trusted Azure services bypass). Null (dev):
    /// reachable publicly, Entra ID authentication only.
    /// </summary>
    public PrivateAccess? PrivateAccess { get; init; }

    /// <summary>Zone-redundant storage (production).</summary>
    public bool ZoneRedundant { get; init; }

    /// <summary>The container holding the registry.</summary>
    public string ContainerName { get; init; } = "models";
}
