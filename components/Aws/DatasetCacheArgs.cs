using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="DatasetCache"/>.</summary>
public sealed class DatasetCacheArgs
{
    /// <summary>Name prefix, e.g. <c>mlp-dev</c>. Required.</summary>
    public required string NamePrefix { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>Where GPU nodes mount the NVMe RAID0 (node user data does the mounting).</summary>
    public string MountPath { get; init; } = "/mnt/dataset-cache";

    /// <summary>The warmer evicts least-recently-used dataset versions past this size.</summary>
    public int MaxSizeGiB { get; init; } = 500;

    /// <summary>Dataset versions pre-fetched onto every GPU node, as <c>name@version</c>.</summary>
    public ImmutableArray<string> Prefetch { get; init; } = [];

    /// <summary>The EKS cluster; when set, the warmer's service account is bound to its role through Pod Identity.</summary>
    public Input<string>? ClusterName { get; init; }

    /// <summary>The warmer's service account (the Kubernetes layer creates it; Pod Identity binds it here).</summary>
    public ServiceAccountRef WarmerServiceAccount { get; init; } = PlatformServiceAccounts.DatasetWarmer;

    /// <summary>The warmer image, pinned by digest (<c>repo@sha256:…</c>).</summary>
    public string WarmerImage { get; init; } = "ghcr.io/mlplatform/dataset-warmer@sha256:0000000000000000000000000000000000000000000000000000000000000000";

    public int NoncurrentVersionExpiryDays { get; init; } = 30;
}
