using MlPlatform.Scheduler.Core;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

/// <summary>Preemption places through the same search as admission, so every cap that holds an admission holds a preemption.</summary>
public sealed class CycleDeciderPreemptionCapsTests
{
    private static readonly PoolSpec Spot = Pool(nodes: 2);

    // nlp (quota 2) borrowed all 8 GPUs; vision (quota 6) comes back for 4 GPUs (a whole 2 USD/h node for 1 h = 2 USD).
    private static readonly TeamSpec[] Teams = [Team("vision", quota: 6), Team("nlp", quota: 2)];

    private static Job[] Borrowers() =>
    [
        Running("n-high", Spot, 0, Spec(team: "nlp", gpus: 4, priority: 5)),
        Running("n-low", Spot, 1, Spec(team: "nlp", gpus: 4, priority: 1)),
    ];

    [Fact]
    public void OwnerWhoseEstimateExceedsItsMaxCostIsHeldAndPreemptsNobody()
    {
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: Teams, running: Borrowers()), [Pending("v", Spec(gpus: 4, maxCost: 1m))]), "v");
        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(ReasonCodes.MaxCostExceeded, d.Reason);
        Assert.Null(d.Victims);
        Assert.Equal(2m, d.EstimatedCostUsd);
    }

    [Fact]
    public void OwnerOverItsTeamBudgetIsHeldAndPreemptsNobody()
    {
        var teams = new[] { Team("vision", quota: 6, budget: 100m), Team("nlp", quota: 2) };
        var spend = new Dictionary<string, decimal> { ["vision"] = 99m };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams, running: Borrowers(), spend: spend), [Pending("v", Spec(gpus: 4))]), "v");
        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(ReasonCodes.BudgetExceeded, d.Reason);
        Assert.Null(d.Victims);
    }

    [Fact]
    public void OwnerWithinItsCapsStillPreempts()
    {
        var teams = new[] { Team("vision", quota: 6, budget: 100m), Team("nlp", quota: 2) };
        var spend = new Dictionary<string, decimal> { ["vision"] = 50m };
        var d = Only(CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams, running: Borrowers(), spend: spend), [Pending("v", Spec(gpus: 4, maxCost: 2m))]), "v");
        Assert.Equal(DecisionOutcome.Admit, d.Outcome);
        Assert.Equal(ReasonCodes.Preempting, d.Reason);
        Assert.Equal(["n-low"], d.Victims);
        Assert.Equal(2m, d.EstimatedCostUsd);
    }

    [Fact]
    public void ACapBlockingOneOwnerDoesNotStopTheNextJobOfTheSameShapeFromPreempting()
    {
        var pending = new[]
        {
            Pending("capped", Spec(gpus: 4, maxCost: 1m), Now.AddMinutes(-2)),
            Pending("free", Spec(gpus: 4), Now.AddMinutes(-1)),
        };
        var decisions = CycleDecider.Decide(Snapshot(pools: [Spot], teams: Teams, running: Borrowers()), pending);
        Assert.Equal(DecisionOutcome.Hold, Only(decisions, "capped").Outcome);
        var free = Only(decisions, "free");
        Assert.Equal(DecisionOutcome.Admit, free.Outcome);
        Assert.Equal(["n-low"], free.Victims);
    }

    [Fact]
    public void BudgetCountsAPreemptingAdmissionOfTheSameCycle()
    {
        // The first owner preempts and spends 2 USD of a 3 USD budget; the second (same shape) may not preempt for another 2.
        var teams = new[] { Team("vision", quota: 8, budget: 3m), Team("nlp", quota: 0) };
        var pending = new[] { Pending("v1", Spec(gpus: 4), Now.AddMinutes(-2)), Pending("v2", Spec(gpus: 4), Now.AddMinutes(-1)) };
        var decisions = CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams, running: Borrowers()), pending);
        Assert.Equal(ReasonCodes.Preempting, Only(decisions, "v1").Reason);
        var second = Only(decisions, "v2");
        Assert.Equal(DecisionOutcome.Hold, second.Outcome);
        Assert.Equal(ReasonCodes.BudgetExceeded, second.Reason);
        Assert.Null(second.Victims);
    }
}
