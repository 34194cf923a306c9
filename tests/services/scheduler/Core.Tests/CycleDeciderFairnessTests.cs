using MlPlatform.Scheduler.Core;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

public sealed class CycleDeciderFairnessTests
{
    private static readonly PoolSpec Spot = Pool(nodes: 1);

    [Fact]
    public void HigherPriorityQueueIsServedBeforeOlderJobsOfLowerQueues()
    {
        var decisions = CycleDecider.Decide(
            Snapshot(pools: [Spot]),
            [Pending("old", Spec(gpus: 4), Now.AddHours(-1)), Pending("urgent", Spec(gpus: 4, queue: "urgent"), Now)]);
        Assert.Equal(DecisionOutcome.Admit, Only(decisions, "urgent").Outcome);
        Assert.Equal(DecisionOutcome.Wait, Only(decisions, "old").Outcome);
    }

    [Fact]
    public void HigherJobPriorityWinsWithinAQueue()
    {
        var decisions = CycleDecider.Decide(
            Snapshot(pools: [Spot]),
            [Pending("low", Spec(gpus: 4, priority: 1), Now.AddHours(-1)), Pending("high", Spec(gpus: 4, priority: 5))]);
        Assert.Equal(DecisionOutcome.Admit, Only(decisions, "high").Outcome);
    }

    [Fact]
    public void TeamWithLowerDominantShareGoesFirst()
    {
        // vision already runs 2 GPUs; nlp none. Both queue 2-GPU jobs; vision's are older. 2 GPUs free: nlp gets them.
        var running = new[] { Running("r", Spot, 0, Spec(gpus: 2)) };
        var decisions = CycleDecider.Decide(
            Snapshot(pools: [Spot], running: running),
            [Pending("v1", Spec(gpus: 2), Now.AddHours(-2)), Pending("n1", Spec(team: "nlp", gpus: 2), Now)]);
        Assert.Equal(DecisionOutcome.Admit, Only(decisions, "n1").Outcome);
        Assert.Equal(DecisionOutcome.Wait, Only(decisions, "v1").Outcome);
    }

    [Fact]
    public void FairShareAlternatesBetweenTeamsWithEqualUsage()
    {
        var pending = new[]
        {
            Pending("v1", Spec(gpus: 1), Now.AddMinutes(-4)), Pending("v2", Spec(gpus: 1), Now.AddMinutes(-3)),
            Pending("v3", Spec(gpus: 1), Now.AddMinutes(-2)), Pending("n1", Spec(team: "nlp", gpus: 1), Now.AddMinutes(-1)),
            Pending("n2", Spec(team: "nlp", gpus: 1), Now),
        };
        var admitted = CycleDecider.Decide(Snapshot(pools: [Spot]), pending).Where(d => d.Outcome == DecisionOutcome.Admit).Select(d => d.JobId).ToList();
        Assert.Equal(4, admitted.Count);
        Assert.Contains("n1", admitted);
        Assert.Contains("n2", admitted);
    }

    [Fact]
    public void WeightedTeamGetsProportionallyMore()
    {
        var teams = new[] { Team("vision", weight: 3), Team("nlp", weight: 1) };
        var pending = Enumerable.Range(0, 4).Select(i => Pending($"v{i}", Spec(gpus: 1), Now.AddMinutes(i)))
            .Concat(Enumerable.Range(0, 4).Select(i => Pending($"n{i}", Spec(team: "nlp", gpus: 1), Now.AddMinutes(i)))).ToList();
        var admitted = CycleDecider.Decide(Snapshot(pools: [Spot], teams: teams), pending).Where(d => d.Outcome == DecisionOutcome.Admit).ToList();
        Assert.Equal(3, admitted.Count(d => d.JobId.StartsWith('v')));
        Assert.Equal(1, admitted.Count(d => d.JobId.StartsWith('n')));
    }
}
