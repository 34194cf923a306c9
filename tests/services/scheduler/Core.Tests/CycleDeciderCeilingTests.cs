using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

/// <summary>Pools in one ceiling group (a spot and an on-demand copy of a node shape) share one limit of nodes in use.</summary>
public sealed class CycleDeciderCeilingTests
{
    private static readonly PoolSpec Spot = Pool(nodes: 2) with { CeilingGroup = "a10g" };
    private static readonly PoolSpec OnDemand = OnDemandPool(nodes: 2) with { CeilingGroup = "a10g" };

    [Fact]
    public void OnDemandFallbackCannotStartANodeWhenSpotHoldsTheWholeCeiling()
    {
        var running = new[] { Running("s0", Spot, 0, Spec(gpus: 4)), Running("s1", Spot, 1, Spec(gpus: 4)) };
        var old = Now.AddHours(-1);
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot, OnDemand], running: running), [Pending("j", Spec(gpus: 1), old)]), "j");
        Assert.Equal(DecisionOutcome.Wait, d.Outcome);
        Assert.Equal(ReasonCodes.NoCapacity, d.Reason);
    }

    [Fact]
    public void OnDemandFallbackStartsANodeWhileTheCeilingHasOneToSpare()
    {
        var running = new[] { Running("s0", Spot, 0, Spec(gpus: 4)) };
        var pending = new[] { Pending("first", Spec(gpus: 4), Now.AddHours(-2)), Pending("second", Spec(gpus: 4), Now.AddHours(-1)) };
        var decisions = CycleDecider.Decide(Snapshot(pools: [Spot, OnDemand], running: running), pending);
        // Both may fall back. The first takes spot node 1 (spot before on-demand)…
        Assert.Equal(CapacityType.Spot, Only(decisions, "first").Placement!.Capacity);
        // …and the second may not open an on-demand node: both nodes of the ceiling are in use.
        var second = Only(decisions, "second");
        Assert.Equal(DecisionOutcome.Wait, second.Outcome);
        Assert.Equal(ReasonCodes.NoCapacity, second.Reason);
    }

    [Fact]
    public void AJobSharesAPartlyUsedNodeWithoutCountingAgainstTheCeilingAgain()
    {
        var running = new[] { Running("s0", Spot, 0, Spec(gpus: 2)), Running("s1", Spot, 1, Spec(gpus: 4)) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot, OnDemand], running: running), [Pending("j", Spec(gpus: 2))]), "j");
        Assert.Equal(DecisionOutcome.Admit, d.Outcome);
        Assert.Equal("a10g-spot-0", d.Placement!.Nodes[0]);
    }

    [Fact]
    public void WithoutACeilingGroupBothCopiesAreUsable()
    {
        var spot = Pool(nodes: 2);
        var running = new[] { Running("s0", spot, 0, Spec(gpus: 4)), Running("s1", spot, 1, Spec(gpus: 4)) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [spot, OnDemandPool(nodes: 2)], running: running), [Pending("j", Spec(gpus: 1), Now.AddHours(-1))]), "j");
        Assert.Equal(CapacityType.OnDemand, d.Placement!.Capacity);
    }

    [Fact]
    public void AJobWithASetOfGpuModelsRunsOnlyOnThoseModels()
    {
        var pools = new[] { Pool("t4", model: "T4", price: 1m), Pool("v100", model: "V100M32", price: 3m) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: pools), [Pending("j", Spec() with { GpuModels = ["V100M16", "V100M32"] })]), "j");
        Assert.Equal("v100", d.Placement!.Pool);

        var none = Only(CycleDecider.Decide(Snapshot(pools: pools), [Pending("k", Spec() with { GpuModels = ["A100"] })]), "k");
        Assert.Equal(ReasonCodes.NoMatchingPool, none.Reason);
        Assert.Contains("A100", none.Message, StringComparison.Ordinal);
    }
}
