using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>
/// The one placement search of a cycle, used by admission and by preemption alike (the role of Kueue's flavor assigner):
/// capacity types in the strategy's order, matching pools cheapest first, and in each the job's max cost, the team's
/// monthly budget and backfill reservations before all-or-nothing gang placement.
/// </summary>
internal sealed class PlacementSearch(CapacityLedger capacity, BackfillReservations reservations, DateTimeOffset now)
{
    private readonly Dictionary<(string? Type, string? Models, decimal? Mem, bool Fractional, Resources Member), int[]> _matchingPools = [];

    /// <summary>The pools whose GPU and node shape suit <paramref name="spec"/>, cheapest GPU first (cached per shape).</summary>
    public int[] MatchingPools(JobSpec spec, Resources member)
    {
        var models = spec.GpuModels is { Count: > 0 } allowed ? string.Join('|', allowed) : null;
        var key = (spec.GpuType, models, spec.MinGpuMemoryGiB, spec.IsFractional, member);
        if (_matchingPools.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var pools = capacity.Pools;
        var list = new List<int>();
        for (var p = 0; p < pools.Count; p++)
        {
            var pool = pools[p];
            if ((spec.GpuType is { } type && !string.Equals(type, pool.GpuModel, StringComparison.OrdinalIgnoreCase))
                || (models is not null && !spec.GpuModels!.Contains(pool.GpuModel, StringComparer.OrdinalIgnoreCase))
                || (spec.MinGpuMemoryGiB is { } minMemory && pool.GpuMemoryGiB < minMemory)
                || (spec.IsFractional && !pool.AllowsSharing)
                || !pool.NodeCapacity.Fits(member))
            {
                continue;
            }

            list.Add(p);
        }

        var result = list.OrderBy(p => pools[p].GpuUsdPerHour).ThenBy(p => p).ToArray();
        _matchingPools[key] = result;
        return result;
    }

    /// <summary>Finds and takes nodes for <paramref name="spec"/>; on failure <paramref name="state"/> says what blocked it.</summary>
    public bool TryFind(JobSpec spec, TeamUsage team, int[] candidates, CapacityChoice choice, SearchState state, out FoundPlacement found)
    {
        var member = spec.PerMember;
        var gpuMilli = member.GpuMilli * spec.GangSize;
        foreach (var type in choice.Order)
        {
            foreach (var p in candidates)
            {
                var pool = capacity.Pools[p];
                if (pool.Capacity != type)
                {
                    continue;
                }

                state.AnyCapacityCandidate = true;
                if (!capacity.CouldFit(p, member, spec.GangSize))
                {
                    continue;
                }

                var (usdPerHour, onDemandPerHour) = Rates(pool, member, spec.GangSize);
                var estimate = RunCost.Usd(usdPerHour, spec.ExpectedDuration);
                if (CostBlock(spec, team, estimate) is { } block)
                {
                    if (state.CostBlock is null)
                    {
                        state.CostBlock = block;
                        state.CostBlockEstimate = estimate;
                    }

                    continue;
                }

                var backfill = false;
                if (reservations.On(p) is { } reservation && !reservation.Allows(now + spec.ExpectedDuration, gpuMilli, out backfill))
                {
                    state.ReservedBlock = true;
                    continue;
                }

                if (capacity.TryPlace(p, member, spec.GangSize, out var nodes))
                {
                    if (reservations.On(p) is { } r && !backfill)
                    {
                        r.ExtraGpuMilli -= gpuMilli;
                    }

                    found = new FoundPlacement(p, type, nodes, usdPerHour, onDemandPerHour, estimate, backfill);
                    return true;
                }
            }
        }

        found = default;
        return false;
    }

    /// <summary>The cost guard: the job's max cost, then the team's monthly budget; null when the estimate passes both.</summary>
    public static string? CostBlock(JobSpec spec, TeamUsage team, decimal estimate)
    {
        if (spec.MaxCostUsd is { } max && estimate > max)
        {
            return ReasonCodes.MaxCostExceeded;
        }

        return team.Spec.MonthlyBudgetUsd is { } budget && team.SpendUsd + estimate > budget ? ReasonCodes.BudgetExceeded : null;
    }

    private static (decimal UsdPerHour, decimal OnDemandUsdPerHour) Rates(PoolSpec pool, Resources member, int gang)
    {
        // A member pays for the dominant share of the node it occupies.
        var share = (decimal)member.DominantShare(pool.NodeCapacity) * gang;
        return (decimal.Round(pool.NodeUsdPerHour * share, 6), decimal.Round(pool.OnDemandNodeUsdPerHour * share, 6));
    }
}
