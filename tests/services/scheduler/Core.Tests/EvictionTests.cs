using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

public sealed class EvictionTests
{
    [Theory]
    [InlineData(null, null, true, CapacityType.Spot, EvictionKind.SpotReclaim)]
    [InlineData(null, "SpotInterruption", false, CapacityType.Spot, EvictionKind.SpotReclaim)]
    [InlineData(null, "NodeShutdown", false, CapacityType.OnDemand, EvictionKind.InfrastructureFailure)]
    [InlineData(null, "ImagePullBackOff", false, CapacityType.Spot, EvictionKind.InfrastructureFailure)]
    [InlineData(null, "Evicted", false, CapacityType.OnDemand, EvictionKind.InfrastructureFailure)]
    [InlineData(1, "Error", false, CapacityType.Spot, EvictionKind.ApplicationError)]
    [InlineData(137, "OOMKilled", false, CapacityType.OnDemand, EvictionKind.ApplicationError)]
    [InlineData(null, null, false, CapacityType.OnDemand, EvictionKind.InfrastructureFailure)]
    public void RunEndsAreClassifiedBySignalAndCapacity(int? exitCode, string? reason, bool reclaimed, CapacityType capacity, EvictionKind expected) =>
        Assert.Equal(expected, EvictionClassifier.Classify(new RunObservation("j", 1, RunStatus.Failed, exitCode, reason, reclaimed), capacity));

    [Fact]
    public void SpotReclaimRequeuesToResumeFromCheckpointWithoutPenalty()
    {
        var job = Running("j", Pool(), 0);
        var next = JobTransitions.Evicted(job, EvictionKind.SpotReclaim, Now, SchedulingPolicy.Default);
        Assert.Equal(JobState.Pending, next.State);
        Assert.True(next.ResumeFromCheckpoint);
        Assert.Null(next.NotBefore);
        Assert.Equal(Now, next.EnqueuedAt);
        Assert.Equal(1, next.EvictionCount.SpotReclaims);
        Assert.Equal(0, next.EvictionCount.ApplicationErrors);
    }

    [Fact]
    public void InfrastructureFailureRetriesWithDoublingBackOffThenFails()
    {
        var policy = SchedulingPolicy.Default with { RetryBackoff = TimeSpan.FromSeconds(10), MaxInfrastructureRetries = 2 };
        var first = JobTransitions.Evicted(Running("j", Pool(), 0), EvictionKind.InfrastructureFailure, Now, policy);
        Assert.Equal(JobState.Pending, first.State);
        Assert.Equal(Now.AddSeconds(10), first.NotBefore);
        var second = JobTransitions.Evicted(first with { State = JobState.Running, StartedAt = Now }, EvictionKind.InfrastructureFailure, Now, policy);
        Assert.Equal(Now.AddSeconds(20), second.NotBefore);
        var third = JobTransitions.Evicted(second with { State = JobState.Running, StartedAt = Now }, EvictionKind.InfrastructureFailure, Now, policy);
        Assert.Equal(JobState.Failed, third.State);
        Assert.Equal(ReasonCodes.RetriesExhausted, third.Reason);
        Assert.Equal(3, third.EvictionCount.InfrastructureFailures);
    }

    [Fact]
    public void ApplicationErrorFailsAfterMaxAttempts()
    {
        var policy = SchedulingPolicy.Default with { MaxApplicationAttempts = 2 };
        var first = JobTransitions.Evicted(Running("j", Pool(), 0), EvictionKind.ApplicationError, Now, policy, exitCode: 3);
        Assert.Equal(JobState.Pending, first.State);
        var second = JobTransitions.Evicted(first with { State = JobState.Running, StartedAt = Now }, EvictionKind.ApplicationError, Now, policy, exitCode: 3);
        Assert.Equal(JobState.Failed, second.State);
        Assert.Equal(3, second.ExitCode);
        Assert.Equal(2, second.EvictionCount.ApplicationErrors);
    }

    [Fact]
    public void BackOffIsCappedAtTheMaximum()
    {
        var policy = SchedulingPolicy.Default with { RetryBackoff = TimeSpan.FromSeconds(10), MaxRetryBackoff = TimeSpan.FromSeconds(60) };
        Assert.Equal(TimeSpan.FromSeconds(60), policy.BackoffFor(10));
    }

    [Fact]
    public void RunCostAccruesAtThePlacementRateAndSavingsAgainstOnDemand()
    {
        var job = Running("j", Pool(), 0, Spec(gpus: 4), startedAt: Now.AddHours(-2));
        var done = JobTransitions.Succeeded(job, Now);
        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal(4m, done.CostUsd);           // 2 USD/h spot node × 2 h
        Assert.Equal(12m, done.OnDemandCostUsd);  // 6 USD/h on-demand × 2 h
        Assert.Equal(8m, done.SavingsUsd);
    }

    [Fact]
    public void CancellingARunningJobRequestsAStop()
    {
        var cancelled = JobTransitions.Cancelled(Running("j", Pool(), 0), Now);
        Assert.Equal(JobState.Cancelled, cancelled.State);
        Assert.True(cancelled.StopRequested);
        Assert.True(cancelled.IsActive);
        Assert.Throws<InvalidOperationException>(() => JobTransitions.Cancelled(cancelled, Now));
    }
}
