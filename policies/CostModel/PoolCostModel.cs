namespace MlPlatform.CostModel;

/// <summary>
/// The cost of a pool made of spot groups and their on-demand fallback groups. The fallback replaces spot capacity, it
/// does not add to it, so a pool is never priced with every group full at once:
/// <list type="bullet">
/// <item>min: every group at its minimum;</item>
/// <item>expected: spot available, so spot groups at their expected size and fallback groups at their minimum
/// (a pool without spot: its groups at their expected size);</item>
/// <item>max: the costlier of "spot available: spot groups full, fallback at minimum" and
/// "spot gone: fallback groups full, spot groups at minimum".</item>
/// </list>
/// The same scenarios give the pool's node and GPU capacity (<see cref="MaxNodes"/>, <see cref="MaxGpus"/>) and its
/// spot share at full scale (<see cref="SpotShareAtFullScale"/>).
/// </summary>
public static class PoolCostModel
{
    /// <summary>The pool's cost range; see the type's remarks.</summary>
    public static CostRange Estimate(IReadOnlyCollection<CapacityGroupCost> groups, decimal expectedUtilisation)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var spot = groups.Where(g => g.Capacity == CapacityType.Spot).ToList();
        var onDemand = groups.Where(g => g.Capacity == CapacityType.OnDemand).ToList();
        var min = Sum(groups, g => g.NodePrice.UsdPerHour * g.MinNodes);
        if (spot.Count == 0 || onDemand.Count == 0)
        {
            var expectedAll = Sum(groups, g => g.NodePrice.UsdPerHour * g.ExpectedNodes(expectedUtilisation));
            return new CostRange(min, expectedAll, Sum(groups, g => g.NodePrice.UsdPerHour * g.MaxNodes));
        }

        var onDemandMin = Sum(onDemand, g => g.NodePrice.UsdPerHour * g.MinNodes);
        var spotMin = Sum(spot, g => g.NodePrice.UsdPerHour * g.MinNodes);
        var expected = Sum(spot, g => g.NodePrice.UsdPerHour * g.ExpectedNodes(expectedUtilisation)) + onDemandMin;
        var spotFull = Sum(spot, g => g.NodePrice.UsdPerHour * g.MaxNodes) + onDemandMin;
        var spotGone = Sum(onDemand, g => g.NodePrice.UsdPerHour * g.MaxNodes) + spotMin;
        return new CostRange(min, expected, Math.Max(spotFull, spotGone));
    }

    /// <summary>Nodes at full scale: the larger of the two scenarios (a pool of one kind: every group full).</summary>
    public static decimal MaxNodes(IReadOnlyCollection<CapacityGroupCost> groups) => FullScale(groups, g => 1m);

    /// <summary>GPUs at full scale, by the same scenarios as <see cref="MaxNodes"/>.</summary>
    public static decimal MaxGpus(IReadOnlyCollection<CapacityGroupCost> groups) => FullScale(groups, g => g.GpusPerNode);

    /// <summary>
    /// The percentage of the pool's full-scale node count that spot groups supply (100 for a spot-only pool, 0 without
    /// spot): spot groups full over the larger of the two scenarios.
    /// </summary>
    public static decimal SpotShareAtFullScale(IReadOnlyCollection<CapacityGroupCost> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var spotMax = groups.Where(g => g.Capacity == CapacityType.Spot).Sum(g => (decimal)g.MaxNodes);
        var total = MaxNodes(groups);
        return total == 0 ? 0 : decimal.Round(100m * spotMax / total, 1);
    }

    private static decimal FullScale(IReadOnlyCollection<CapacityGroupCost> groups, Func<CapacityGroupCost, decimal> perNode)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var spot = groups.Where(g => g.Capacity == CapacityType.Spot).ToList();
        var onDemand = groups.Where(g => g.Capacity == CapacityType.OnDemand).ToList();
        if (spot.Count == 0 || onDemand.Count == 0)
        {
            return Sum(groups, g => perNode(g) * g.MaxNodes);
        }

        var spotFull = Sum(spot, g => perNode(g) * g.MaxNodes) + Sum(onDemand, g => perNode(g) * g.MinNodes);
        var spotGone = Sum(onDemand, g => perNode(g) * g.MaxNodes) + Sum(spot, g => perNode(g) * g.MinNodes);
        return Math.Max(spotFull, spotGone);
    }

    private static decimal Sum(IEnumerable<CapacityGroupCost> groups, Func<CapacityGroupCost, decimal> value)
    {
        var total = 0m;
        foreach (var group in groups)
        {
            total += value(group);
        }

        return total;
    }
}
