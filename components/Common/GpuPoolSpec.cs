using System.Collections.Immutable;

namespace MlPlatform.Components;

/// <summary>
/// One GPU node pool, the same on both clouds: spot capacity diversified over several compatible instance types
/// (AWS) or VM sizes (Azure), with an on-demand fallback the autoscaler turns to when spot cannot be had.
/// </summary>
/// <param name="Name">Pool name: lowercase letters and digits, at most 12 characters (AKS agent pool names are that short).</param>
/// <param name="InstanceTypes">Spot instance types / VM sizes, in order of preference.</param>
/// <param name="FallbackInstanceTypes">On-demand fallback types; empty means the first of <paramref name="InstanceTypes"/>.</param>
/// <param name="MinNodes">Nodes kept running at all times (spot first).</param>
/// <param name="MaxNodes">Upper bound of the pool across spot and on-demand.</param>
/// <param name="SpotPercentage">Share of capacity above the on-demand base bought as spot, 0–100.</param>
/// <param name="OnDemandBaseCount">On-demand nodes always kept, whatever spot does (a production floor).</param>
/// <param name="LatencyCritical">Serving pools whose spot share policies may cap.</param>
/// <param name="DiskSizeGiB">Root volume size per node.</param>
/// <param name="GpuSharingReplicas">Time-slicing replicas per GPU (1 = no sharing); lets fractional-GPU jobs share a device.</param>
public sealed record GpuPoolSpec(
    string Name,
    ImmutableArray<string> InstanceTypes,
    ImmutableArray<string> FallbackInstanceTypes,
    int MinNodes,
    int MaxNodes,
    int SpotPercentage = 100,
    int OnDemandBaseCount = 0,
    bool LatencyCritical = false,
    int DiskSizeGiB = 200,
    int GpuSharingReplicas = 1)
{
    /// <summary>The on-demand fallback types actually used.</summary>
    public ImmutableArray<string> EffectiveFallbackTypes =>
        FallbackInstanceTypes.IsDefaultOrEmpty ? [InstanceTypes[0]] : FallbackInstanceTypes;

    /// <summary>Whether the pool buys any spot capacity.</summary>
    public bool UsesSpot => SpotPercentage > 0 && MaxNodes > OnDemandBaseCount;

    /// <summary>Whether the pool has on-demand capacity to fall back to.</summary>
    public bool HasOnDemandFallback => SpotPercentage < 100 || OnDemandBaseCount > 0 || !EffectiveFallbackTypes.IsDefaultOrEmpty;
}
