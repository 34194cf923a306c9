using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>The dataset bucket and the NVMe cache on GPU nodes with its warmer DaemonSet.</summary>
/// <param name="MountPath">Where the local NVMe (RAID0) is mounted on GPU nodes.</param>
/// <param name="MaxSizeGiB">Size past which the warmer evicts least-recently-used dataset versions.</param>
/// <param name="Prefetch">Dataset versions the warmer pre-fetches onto every GPU node.</param>
/// <param name="PrepareImage">
/// Azure only: the image (by digest, with sh, util-linux, mdadm and e2fsprogs) of the warmer's init container that
/// stripes the node's local NVMe drives and mounts them at <paramref name="MountPath"/>; AWS prepares the disks in node
/// user data or Karpenter's RAID0 instance-store policy.
/// </param>
public sealed record DatasetCacheSpec(bool Enabled, string MountPath, int MaxSizeGiB, ImmutableArray<DatasetRef> Prefetch, string? PrepareImage = null);
