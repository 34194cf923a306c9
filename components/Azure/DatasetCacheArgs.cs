using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="DatasetCache"/>.</summary>
public sealed class DatasetCacheArgs
{
    /// <summary>Name prefix, e.g. <c>mlp-dev</c>. Required.</summary>
    public required string Prefix { get; init; }

    /// <summary>Makes the globally unique account name stable and distinct per environment. Required.</summary>
    public required string NameSeed { get; init; }

    public required Input<string> ResourceGroupName { get; init; }

    public required string Location { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>The cluster's OIDC issuer, trusted by the warmer's identity. Required.</summary>
    public required Input<string> OidcIssuer { get; init; }

    /// <summary>The warmer DaemonSet's service account (read-only access to dataset versions).</summary>
    public ServiceAccountRef WarmerServiceAccount { get; init; } = PlatformServiceAccounts.DatasetWarmer;

    /// <summary>Where the cache is mounted on GPU nodes: under <c>/mnt</c> so temp-disk sizes keep it off the OS disk.</summary>
    public string MountPath { get; init; } = "/mnt/dataset-cache";

    /// <summary>The warmer evicts least-recently-used dataset versions past this size.</summary>
    public int MaxSizeGiB { get; init; } = 500;

    /// <summary>Deleted dataset blobs stay recoverable this long.</summary>
    public int SoftDeleteDays { get; init; } = 7;

    /// <summary>
    /// Private endpoint placement (production): set, the account gets a <c>blob</c> private endpoint, public network
    /// access is disabled and the network rule set denies by default (trusted Azure services bypass). Null (dev):
    /// reachable publicly, Entra ID authentication only.
    /// </summary>
    public PrivateAccess? PrivateAccess { get; init; }

    /// <summary>Zone-redundant storage (production).</summary>
    public bool ZoneRedundant { get; init; }

    /// <summary>The container holding dataset versions (content-addressed objects and manifests).</summary>
    public string ContainerName { get; init; } = "datasets";
}
