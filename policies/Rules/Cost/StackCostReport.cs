using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// Cost estimates of a stack: per resource, per pool, per team, and the stack total (fixed-price resources plus pools,
/// whose spot and fallback groups are combined, not added).
/// </summary>
/// <param name="Unpriced">Resources or node types the price tables do not cover, with why.</param>
public sealed record StackCostReport(
    ImmutableArray<ResourceCost> Resources,
    ImmutableArray<PoolCost> Pools,
    ImmutableArray<TeamCost> Teams,
    CostRange Total,
    ImmutableArray<string> Unpriced)
{
    public static readonly StackCostReport Empty = new([], [], [], CostRange.Zero, []);

    /// <summary>The environment's GPU capacity at full scale in schedulable units.</summary>
    public decimal SchedulableGpus => Pools.Where(p => p.IsGpu).Sum(p => p.SchedulableGpus);

    /// <summary>Physical GPUs at full scale.</summary>
    public decimal MaxGpus => Pools.Where(p => p.IsGpu).Sum(p => p.MaxGpus);
}
