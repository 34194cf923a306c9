using MlPlatform.Scheduler.Core;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

public sealed class CycleDeciderBackfillTests
{
    private static readonly PoolSpec Spot = Pool(nodes: 2);

    // 6 of 8 GPUs busy until +2 h; a high-priority 8-GPU job is blocked until then (shadow time +2 h, 0 GPUs spare).
    private static ClusterSnapshot Busy(bool backfill = true) => Snapshot(
        pools: [Spot],
        running: [Running("r1", Spot, 0, Spec(gpus: 4, hours: 2), Now), Running("r2", Spot, 1, Spec(gpus: 2, hours: 2), Now)],
        policy: SchedulingPolicy.Default with { Backfill = backfill });

    [Fact]
    public void ShortJobBackfillsAheadOfABlockedHigherPriorityJob()
    {
        var decisions = CycleDecider.Decide(Busy(), [Pending("big", Spec(gpus: 4, gang: 2, priority: 9)), Pending("short", Spec(gpus: 2, hours: 1))]);
        Assert.Equal(DecisionOutcome.Wait, Only(decisions, "big").Outcome);
        var s = Only(decisions, "short");
        Assert.Equal(DecisionOutcome.Admit, s.Outcome);
        Assert.True(s.Placement!.Backfill);
        Assert.Equal(ReasonCodes.Backfilled, s.Reason);
    }

    [Fact]
    public void LongJobMayNotDelayTheBlockedHigherPriorityJob()
    {
        var decisions = CycleDecider.Decide(Busy(), [Pending("big", Spec(gpus: 4, gang: 2, priority: 9)), Pending("long", Spec(gpus: 2, hours: 5))]);
        var l = Only(decisions, "long");
        Assert.Equal(DecisionOutcome.Wait, l.Outcome);
        Assert.Equal(ReasonCodes.ReservedForHigherPriority, l.Reason);
    }

    [Fact]
    public void WithoutBackfillLongJobsTakeFreeCapacity()
    {
        var decisions = CycleDecider.Decide(Busy(backfill: false), [Pending("big", Spec(gpus: 4, gang: 2, priority: 9)), Pending("long", Spec(gpus: 2, hours: 5))]);
        Assert.Equal(DecisionOutcome.Admit, Only(decisions, "long").Outcome);
    }

    [Fact]
    public void LongJobMayUseGpusTheReservationDoesNotNeed()
    {
        // Blocked job needs 7 GPUs; at the shadow time 8 are free, so 1 GPU is spare for a long job now.
        var decisions = CycleDecider.Decide(Busy(), [Pending("big", Spec(gpus: 1, gang: 7, priority: 9)), Pending("long", Spec(gpus: 1, hours: 5))]);
        Assert.Equal(DecisionOutcome.Admit, Only(decisions, "long").Outcome);
        Assert.False(Only(decisions, "long").Placement!.Backfill);
    }
}
