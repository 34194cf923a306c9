using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// The cost of a configured GPU pool before any resource exists: <see cref="GpuPoolSizing"/> splits it into a spot group
/// (its instance types, spot at the snapshot price) and an on-demand fallback group (its fallback types), priced and
/// combined by <see cref="PoolCostModel"/> exactly as the resource-level estimate combines the node groups later.
/// </summary>
public static class GpuPoolCostEstimator
{
    /// <summary>The pool's capacity groups, priced; a group whose type has no price is left out.</summary>
    public static ImmutableArray<CapacityGroupCost> Groups(GpuPoolSpec spec, Cloud cloud, string region, CostCatalog costs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(costs);
        var sizing = GpuPoolSizing.For(spec);
        var groups = ImmutableArray.CreateBuilder<CapacityGroupCost>();
        if (spec.UsesSpot && sizing.SpotMax > 0 && !spec.InstanceTypes.IsDefaultOrEmpty)
        {
            Add(spec.InstanceTypes[0], CapacityType.Spot, sizing.SpotMin, sizing.SpotMax);
        }

        if (sizing.OnDemandMax > 0)
        {
            Add(spec.EffectiveFallbackTypes[0], CapacityType.OnDemand, sizing.OnDemandMin, sizing.OnDemandMax);
        }

        return groups.ToImmutable();

        void Add(string type, CapacityType capacity, int min, int max)
        {
            if (costs.NodePrice(cloud, type, region, capacity) is { } price)
            {
                groups.Add(new CapacityGroupCost(capacity, type, price, costs.GpusPerNode(cloud, type, region), min, max));
            }
        }
    }

    /// <summary>The pool's cost at minimum, expected and maximum size.</summary>
    public static CostRange Estimate(GpuPoolSpec spec, Cloud cloud, string region, CostCatalog costs, decimal expectedUtilisation = 0.5m) =>
        PoolCostModel.Estimate(Groups(spec, cloud, region, costs), expectedUtilisation);
}
