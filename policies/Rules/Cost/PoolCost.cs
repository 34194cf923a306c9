using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// A node pool: the groups sharing one <c>mlplatform.io/pool</c> label, combined by <see cref="PoolCostModel"/>.
/// </summary>
/// <param name="MaxGpus">Physical GPUs at full scale.</param>
/// <param name="SchedulableGpus">GPUs at full scale times the pool's GPU sharing replicas (the units team quotas count).</param>
/// <param name="SpotSharePercent">Share of the full-scale node count that spot supplies.</param>
/// <param name="LatencyCritical">The configured pool is marked latency-critical.</param>
public sealed record PoolCost(
    string Name,
    bool IsGpu,
    ImmutableArray<ScalingGroup> Groups,
    ImmutableArray<CapacityGroupCost> PricedGroups,
    CostRange Range,
    decimal MaxGpus,
    decimal SchedulableGpus,
    decimal SpotSharePercent,
    bool LatencyCritical)
{
    /// <summary>The URN violations about the pool name: its first group's resource.</summary>
    public string Urn => Groups.IsDefaultOrEmpty ? string.Empty : Groups[0].Urn;

    public bool UsesSpot => Groups.Any(g => g.Capacity == CapacityType.Spot && g.MaxNodes > 0);

    /// <summary>Whether a group that can have nodes has no price: the pool's cost is then a lower bound.</summary>
    public bool HasUnpricedGroups => Groups.Count(g => g.MaxNodes > 0) > PricedGroups.Count(p => p.MaxNodes > 0);

    /// <summary>Nodes the on-demand groups can grow to.</summary>
    public int OnDemandMaxNodes => Groups.Where(g => g.Capacity == CapacityType.OnDemand).Sum(g => g.MaxNodes);

    /// <summary>Nodes the spot groups can grow to.</summary>
    public int SpotMaxNodes => Groups.Where(g => g.Capacity == CapacityType.Spot).Sum(g => g.MaxNodes);
}
