using MlPlatform.CostModel;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests.Decisions;

public sealed class PlacementSearchTests
{
    private static readonly CapacityChoice SpotThenOnDemand = new([CapacityType.Spot, CapacityType.OnDemand], null);

    [Fact]
    public void MatchingPoolsAreTheSuitableOnesCheapestGpuFirst()
    {
        var (search, _) = Search([OnDemandPool("od", price: 6m), Pool("spot", price: 2m), Pool("t4", model: "T4")]);

        var candidates = search.MatchingPools(Spec(gpuType: "A10G"), Spec(gpuType: "A10G").PerMember);

        Assert.Equal([1, 0], candidates);
    }

    [Fact]
    public void TheSearchTakesTheNodesOfTheFirstPoolInCapacityOrderThatFits()
    {
        var (search, capacity) = Search([OnDemandPool("od"), Pool("spot", nodes: 1)]);
        var spec = Spec(gpus: 4);
        var candidates = search.MatchingPools(spec, spec.PerMember);

        Assert.True(search.TryFind(spec, Usage(), candidates, SpotThenOnDemand, new SearchState(), out var first));
        Assert.True(search.TryFind(spec, Usage(), candidates, SpotThenOnDemand, new SearchState(), out var second));

        Assert.Equal((1, CapacityType.Spot), (first.Pool, first.Capacity));
        Assert.Equal((0, CapacityType.OnDemand), (second.Pool, second.Capacity));
        Assert.Equal(0, capacity.FreeGpuMilli(1));
    }

    [Fact]
    public void TheCostGuardRulesOutAPoolAndSaysWhyWithTheEstimate()
    {
        var (search, capacity) = Search([Pool("spot", price: 2m)]);
        var spec = Spec(gpus: 4) with { MaxCostUsd = 0.5m };
        var state = new SearchState();

        var found = search.TryFind(spec, Usage(), search.MatchingPools(spec, spec.PerMember), SpotThenOnDemand, state, out _);

        Assert.False(found);
        Assert.Equal(ReasonCodes.MaxCostExceeded, state.CostBlock);
        Assert.True(state.CostBlockEstimate > 0.5m);
        Assert.Equal(8_000, capacity.FreeGpuMilli(0));
    }

    [Fact]
    public void TheTeamBudgetCountsTheSpendSoFar()
    {
        var team = Usage(Team(budget: 100m), spend: 99.9m);

        Assert.Equal(ReasonCodes.BudgetExceeded, PlacementSearch.CostBlock(Spec(), team, 0.2m));
        Assert.Null(PlacementSearch.CostBlock(Spec(), team, 0.1m));
    }

    private static (PlacementSearch Search, CapacityLedger Capacity) Search(IEnumerable<PoolSpec> pools)
    {
        var snapshot = Snapshot(pools: pools);
        var capacity = new CapacityLedger(snapshot);
        return (new PlacementSearch(capacity, new BackfillReservations(capacity.Pools.Count, Now), Now), capacity);
    }

    private static TeamUsage Usage(TeamSpec? team = null, decimal spend = 0) => new(team ?? Team(), spend);
}
