using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="ContainerRegistry"/>.</summary>
public sealed class ContainerRegistryArgs
{
    /// <summary>Name prefix, e.g. <c>mlp-dev</c>. Required.</summary>
    public required string Prefix { get; init; }

    /// <summary>Makes the globally unique registry name stable and distinct per environment. Required.</summary>
    public required string NameSeed { get; init; }

    public required Input<string> ResourceGroupName { get; init; }

    public required string Location { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>Object ID of the cluster's kubelet identity: the only principal granted AcrPull. Required.</summary>
    public required Input<string> KubeletObjectId { get; init; }

    /// <summary>
    /// Premium SKU (production): private endpoints, zone redundancy and the retention policy for untagged manifests.
    /// Standard otherwise.
    /// </summary>
    public bool Premium { get; init; }

    /// <summary>
    /// Private endpoint placement (production): set, the registry gets a <c>registry</c> private endpoint, public network
    /// access is disabled and the network rule set denies by default; pushes and pulls then go through the VNet.
    /// Needs <see cref="Premium"/>. Null (dev): reachable publicly, Entra ID authentication only.
    /// </summary>
    public PrivateAccess? PrivateAccess { get; init; }

    /// <summary>Untagged manifests are deleted after this many days (Premium only; Azure allows 0–365).</summary>
    public int UntaggedRetentionDays { get; init; } = 7;

    /// <summary>Repositories the platform pushes to (for the URL outputs; ACR creates repositories on push).</summary>
    public ImmutableArray<string> Repositories { get; init; } = ["scheduler", "inference", "dataset-warmer"];
}
