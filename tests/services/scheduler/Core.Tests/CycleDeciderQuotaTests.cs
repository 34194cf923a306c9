using MlPlatform.Scheduler.Core;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

public sealed class CycleDeciderQuotaTests
{
    private static readonly PoolSpec Spot = Pool(nodes: 2);

    [Fact]
    public void TeamAtQuotaThatMayNotBorrowWaitsWithQuotaReason()
    {
        var teams = new[] { Team("vision", quota: 2, borrow: false), Team("nlp", quota: 6) };
        var running = new[] { Running("r", Spot, 0, Spec(gpus: 2)) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams, running: running), [Pending("j", Spec(gpus: 1))]), "j");
        Assert.Equal(DecisionOutcome.Wait, d.Outcome);
        Assert.Equal(ReasonCodes.QuotaExceeded, d.Reason);
    }

    [Fact]
    public void JobLargerThanQuotaWithoutBorrowingSaysSo()
    {
        var teams = new[] { Team("vision", quota: 2, borrow: false), Team("nlp", quota: 6) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams), [Pending("j", Spec(gpus: 4))]), "j");
        Assert.Equal(ReasonCodes.QuotaNeverFits, d.Reason);
    }

    [Fact]
    public void TeamBorrowsIdleQuotaOfOtherTeams()
    {
        var teams = new[] { Team("vision", quota: 2), Team("nlp", quota: 6) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams), [Pending("j", Spec(gpus: 4))]), "j");
        Assert.Equal(DecisionOutcome.Admit, d.Outcome);
        Assert.True(d.Placement!.Borrowed);
        Assert.Equal(ReasonCodes.BorrowedQuota, d.Reason);
    }

    [Fact]
    public void BorrowingStopsWhenTheCohortHasNoIdleQuota()
    {
        var teams = new[] { Team("vision", quota: 2), Team("nlp", quota: 2) };
        var running = new[] { Running("n", Spot, 0, Spec(team: "nlp", gpus: 2)) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams, running: running), [Pending("j", Spec(gpus: 4))]), "j");
        Assert.Equal(ReasonCodes.QuotaExceeded, d.Reason);
    }

    [Fact]
    public void OwnerComingBackPreemptsBorrowersLowestPriorityFirst()
    {
        // nlp (quota 2) borrowed all 8 GPUs; vision (quota 6) comes back for 4 GPUs.
        var teams = new[] { Team("vision", quota: 6), Team("nlp", quota: 2) };
        var running = new[]
        {
            Running("n-high", Spot, 0, Spec(team: "nlp", gpus: 4, priority: 5)),
            Running("n-low", Spot, 1, Spec(team: "nlp", gpus: 4, priority: 1)),
        };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams, running: running), [Pending("v", Spec(gpus: 4))]), "v");
        Assert.Equal(DecisionOutcome.Admit, d.Outcome);
        Assert.Equal(ReasonCodes.Preempting, d.Reason);
        Assert.Equal(["n-low"], d.Victims);
        Assert.Equal("a10g-spot-1", d.Placement!.Nodes[0]);
    }

    [Fact]
    public void JobsWithinTheirOwnQuotaAreNeverPreempted()
    {
        var teams = new[] { Team("vision", quota: 4), Team("nlp", quota: 4) };
        var running = new[] { Running("n1", Spot, 0, Spec(team: "nlp", gpus: 4)), Running("v1", Spot, 1, Spec(gpus: 4)) };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams, running: running), [Pending("v2", Spec(gpus: 4, spot: true))]), "v2");
        Assert.NotEqual(DecisionOutcome.Admit, d.Outcome);
    }

    [Fact]
    public void JobOverMonthlyBudgetIsHeldWithReason()
    {
        var teams = new[] { Team("vision", budget: 100m), Team("nlp") };
        var spend = new Dictionary<string, decimal> { ["vision"] = 99m };
        // 4 GPUs = a whole 2 USD/h node for 1 h = 2 USD: 101 > 100.
        var d = Only(CycleDecider.Decide(Snapshot(teams: teams, spend: spend), [Pending("j", Spec(gpus: 4))]), "j");
        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(ReasonCodes.BudgetExceeded, d.Reason);
        Assert.Equal(2m, d.EstimatedCostUsd);
    }

    [Fact]
    public void BudgetCountsJobsAdmittedEarlierInTheSameCycle()
    {
        var teams = new[] { Team("vision", budget: 3m), Team("nlp") };
        var decisions = CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams), [Pending("a", Spec(gpus: 4)), Pending("b", Spec(gpus: 4), Now.AddSeconds(1))]);
        Assert.Equal(DecisionOutcome.Admit, Only(decisions, "a").Outcome);
        Assert.Equal(DecisionOutcome.Hold, Only(decisions, "b").Outcome);
    }

    [Fact]
    public void JobWhoseEstimateExceedsItsMaxCostIsHeld()
    {
        var d = Only(CycleDecider.Decide(Snapshot(), [Pending("j", Spec(gpus: 4, hours: 10, maxCost: 5m))]), "j");
        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(ReasonCodes.MaxCostExceeded, d.Reason);
    }

    [Fact]
    public void MaxCostSkipsExpensivePoolsForCheaperOnes()
    {
        // On-demand would cost 6 USD; spot 2 USD fits the 3 USD cap.
        var d = Only(CycleDecider.Decide(Snapshot(), [Pending("j", Spec(gpus: 4, maxCost: 3m))]), "j");
        Assert.Equal(DecisionOutcome.Admit, d.Outcome);
    }
}
