using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>The dataset bucket and the NVMe cache on GPU nodes with its warmer DaemonSet.</summary>
/// <param name="MountPath">Where the local NVMe (RAID0) is mounted on GPU nodes.</param>
/// <param name="MaxSizeGiB">Size past which the warmer evicts least-recently-used dataset versions.</param>
/// <param name="Prefetch">Dataset versions the warmer pre-fetches onto every GPU node.</param>
public sealed record DatasetCacheSpec(bool Enabled, string MountPath, int MaxSizeGiB, ImmutableArray<DatasetRef> Prefetch);
