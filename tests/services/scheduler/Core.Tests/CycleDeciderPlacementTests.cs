using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

public sealed class CycleDeciderPlacementTests
{
    private static readonly PoolSpec Spot = Pool();
    private static readonly PoolSpec OnDemand = OnDemandPool();

    [Fact]
    public void SpotEligibleJobIsPlacedOnSpotWhenSpotHasRoom()
    {
        var d = Only(CycleDecider.Decide(Snapshot(), [Pending("j1")]), "j1");
        Assert.Equal(DecisionOutcome.Admit, d.Outcome);
        Assert.Equal(CapacityType.Spot, d.Placement!.Capacity);
        Assert.False(d.Placement.Fallback);
        Assert.Equal(ReasonCodes.Admitted, d.Reason);
    }

    [Fact]
    public void SpotJobWaitsForSpotBeforeTheQueueAgeThreshold()
    {
        var full = new[] { Running("r1", Spot, 0, Spec(gpus: 4)), Running("r2", Spot, 1, Spec(gpus: 4)) };
        var d = Only(CycleDecider.Decide(Snapshot(running: full), [Pending("j1", enqueuedAt: Now.AddMinutes(-29))]), "j1");
        Assert.Equal(DecisionOutcome.Wait, d.Outcome);
        Assert.Equal(ReasonCodes.WaitingForSpot, d.Reason);
    }

    [Fact]
    public void SpotJobFallsBackToOnDemandAfterQueueAgeThreshold()
    {
        var full = new[] { Running("r1", Spot, 0, Spec(gpus: 4)), Running("r2", Spot, 1, Spec(gpus: 4)) };
        var d = Only(CycleDecider.Decide(Snapshot(running: full), [Pending("j1", enqueuedAt: Now.AddMinutes(-30))]), "j1");
        Assert.Equal(DecisionOutcome.Admit, d.Outcome);
        Assert.Equal(CapacityType.OnDemand, d.Placement!.Capacity);
        Assert.True(d.Placement.Fallback);
        Assert.Equal(ReasonCodes.SpotFallbackQueueAge, d.Reason);
    }

    [Fact]
    public void AgedSpotJobStillPrefersSpotWhenSpotHasRoom()
    {
        var d = Only(CycleDecider.Decide(Snapshot(), [Pending("j1", enqueuedAt: Now.AddHours(-5))]), "j1");
        Assert.Equal(CapacityType.Spot, d.Placement!.Capacity);
        Assert.False(d.Placement.Fallback);
    }

    [Theory]
    [InlineData(2.0, 1.0, true)]   // 1 h × 1.25 = 1.25 h < 2 h: safe on spot
    [InlineData(1.2, 1.0, false)]  // 1.25 h ≥ 1.2 h: at risk, on-demand
    public void JobWhoseDeadlineIsAtRiskRunsOnDemand(double deadlineHours, double durationHours, bool onSpot)
    {
        var spec = Spec(hours: durationHours, deadline: Now.AddHours(deadlineHours));
        var d = Only(CycleDecider.Decide(Snapshot(), [Pending("j1", spec)]), "j1");
        Assert.Equal(onSpot ? CapacityType.Spot : CapacityType.OnDemand, d.Placement!.Capacity);
        Assert.Equal(onSpot ? ReasonCodes.Admitted : ReasonCodes.DeadlineRisk, d.Reason);
    }

    [Fact]
    public void JobThatIsNotSpotEligibleRunsOnDemandWithoutFallbackFlag()
    {
        var d = Only(CycleDecider.Decide(Snapshot(), [Pending("j1", Spec(spot: false))]), "j1");
        Assert.Equal(CapacityType.OnDemand, d.Placement!.Capacity);
        Assert.False(d.Placement.Fallback);
    }

    [Theory]
    [InlineData(CapacityStrategies.OnDemandOnly, CapacityType.OnDemand)]
    [InlineData(CapacityStrategies.SpotOnly, CapacityType.Spot)]
    [InlineData(CapacityStrategies.SpotFirstWithFallback, CapacityType.Spot)]
    public void CapacityStrategyChosenByNameDecidesTheCapacity(string strategy, CapacityType expected)
    {
        var policy = SchedulingPolicy.Default with { CapacityStrategy = strategy };
        var d = Only(CycleDecider.Decide(Snapshot(policy: policy), [Pending("j1")]), "j1");
        Assert.Equal(expected, d.Placement!.Capacity);
    }

    [Fact]
    public void UnknownCapacityStrategyNameIsRejected() =>
        Assert.Throws<ArgumentException>(() => CapacityStrategies.Get("cheapest-ever"));

    [Theory]
    [InlineData("H100", null, DecisionOutcome.Wait, null)]
    [InlineData("a10g", null, DecisionOutcome.Admit, "a10g-spot")]
    [InlineData(null, 40.0, DecisionOutcome.Admit, "a100-spot")]
    [InlineData(null, 24.0, DecisionOutcome.Admit, "a10g-spot")]
    [InlineData(null, 100.0, DecisionOutcome.Wait, null)]
    public void PoolsAreFilteredByGpuTypeAndMemory(string? type, double? minMemory, DecisionOutcome outcome, string? pool)
    {
        var pools = new[] { Spot, Pool("a100-spot", model: "A100", memory: 40, price: 10, onDemand: 30) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: pools), [Pending("j1", Spec(gpuType: type, minMemory: (decimal?)minMemory))]), "j1");
        Assert.Equal(outcome, d.Outcome);
        Assert.Equal(pool, d.Placement?.Pool);
        if (outcome == DecisionOutcome.Wait)
        {
            Assert.Equal(ReasonCodes.NoMatchingPool, d.Reason);
        }
    }

    [Fact]
    public void FractionalGpuRequestOnlyLandsOnPoolsThatAllowSharing()
    {
        var shared = Pool("t4-shared", model: "T4", memory: 16, price: 0.5m, onDemand: 1m, sharing: true, nodes: 1, gpusPerNode: 1);
        var decisions = CycleDecider.Decide(Snapshot(pools: [Spot, shared]), [Pending("a", Spec(gpus: 0.5m)), Pending("b", Spec(gpus: 0.5m)), Pending("c", Spec(gpus: 0.5m))]);
        Assert.Equal("t4-shared", Only(decisions, "a").Placement!.Pool);
        Assert.Equal("t4-shared", Only(decisions, "b").Placement!.Pool);
        Assert.Equal(DecisionOutcome.Wait, Only(decisions, "c").Outcome);
        Assert.Equal(Only(decisions, "a").Placement!.Nodes, Only(decisions, "b").Placement!.Nodes);
    }

    [Fact]
    public void CheapestMatchingPoolIsChosen()
    {
        var pools = new[] { Pool("pricey", price: 5m), Pool("cheap", price: 1m) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: pools), [Pending("j1")]), "j1");
        Assert.Equal("cheap", d.Placement!.Pool);
        Assert.Equal(0.25m, d.Placement.UsdPerHour);
    }

    [Fact]
    public void GangIsPlacedAllOrNothingAcrossNodes()
    {
        // 2 spot nodes × 4 GPUs: a gang of 3 × 2 GPUs spreads over both nodes.
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot]), [Pending("g", Spec(gpus: 2, gang: 3))]), "g");
        Assert.Equal(DecisionOutcome.Admit, d.Outcome);
        Assert.Equal(3, d.Placement!.Nodes.Count);
        Assert.Equal(2, d.Placement.Nodes.Distinct().Count());
    }

    [Fact]
    public void GangThatDoesNotFitTakesNothingAndSmallerJobsStillFit()
    {
        // 8 GPUs in total: a gang of 3 × 4 cannot fit; nothing of it may stay allocated.
        var decisions = CycleDecider.Decide(Snapshot(pools: [Spot]), [Pending("g", Spec(gpus: 4, gang: 3)), Pending("s1", Spec(gpus: 4), Now.AddSeconds(1)), Pending("s2", Spec(gpus: 4), Now.AddSeconds(2))]);
        Assert.Equal(DecisionOutcome.Wait, Only(decisions, "g").Outcome);
        Assert.Equal(DecisionOutcome.Admit, Only(decisions, "s1").Outcome);
        Assert.Equal(DecisionOutcome.Admit, Only(decisions, "s2").Outcome);
    }

    [Fact]
    public void UnavailableNodesTakeNoWork()
    {
        var snapshot = Snapshot(pools: [Pool(nodes: 1)]) with { UnavailableNodes = new HashSet<string> { "a10g-spot-0" } };
        Assert.Equal(DecisionOutcome.Wait, Only(CycleDecider.Decide(snapshot, [Pending("j")]), "j").Outcome);
    }

    [Fact]
    public void JobInBackOffWaits()
    {
        var job = Pending("j") with { NotBefore = Now.AddMinutes(1) };
        var d = Only(CycleDecider.Decide(Snapshot(), [job]), "j");
        Assert.Equal(ReasonCodes.BackingOff, d.Reason);
    }

    [Fact]
    public void CostEstimateUsesPoolPriceShareAndExpectedDuration()
    {
        // 2 of 4 GPUs of a 2 USD/h spot node for 3 h = 3 USD; on-demand equivalent 9 USD.
        var d = Only(CycleDecider.Decide(Snapshot(), [Pending("j", Spec(gpus: 2, hours: 3))]), "j");
        Assert.Equal(3m, d.EstimatedCostUsd);
        Assert.Equal(3m, d.Placement!.OnDemandUsdPerHour);
    }
}
