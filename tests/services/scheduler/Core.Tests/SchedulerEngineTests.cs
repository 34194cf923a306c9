using Microsoft.Extensions.Time.Testing;
using MlPlatform.Scheduler.Storage;
using static MlPlatform.Scheduler.Core.Tests.Builders;

namespace MlPlatform.Scheduler.Core.Tests;

public sealed class SchedulerEngineTests
{
    private readonly InMemoryJobStore _store = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly FakeExecutor _executor;
    private readonly SchedulerEngine _engine;

    public SchedulerEngineTests()
    {
        _executor = new FakeExecutor(_store);
        var config = new SchedulerConfiguration([Pool(nodes: 1), OnDemandPool(nodes: 1)], [Team("vision", quota: 4), Team("nlp", quota: 4)], [new QueueSpec("default", 0)], SchedulingPolicy.Default);
        _engine = new SchedulerEngine(_store, _executor, config, _time, new NullSchedulerObserver());
    }

    private async Task<Job> Submit(string id, JobSpec? spec = null) =>
        (await _store.SubmitAsync(JobTransitions.Submitted(id, spec ?? Spec(), _time.GetUtcNow()), default)).Job;

    private async Task<Job> Get(string id) => (await _store.GetAsync(id, default))!;

    [Fact]
    public async Task AdmittedRunIsRecordedDurablyBeforeTheExecutorStartsIt()
    {
        await Submit("j1");
        var report = await _engine.RunCycleAsync(default);
        Assert.Equal(1, report.Admitted);
        var atStart = Assert.Single(_executor.StoredAtStart);
        Assert.Equal(JobState.Running, atStart.State);
        Assert.Equal(1, atStart.Attempt);
        Assert.Equal(["start j1#1"], _executor.Calls);
    }

    [Fact]
    public async Task RunRecordedButNeverStartedIsStartedExactlyOnceAfterARestart()
    {
        // The crash window: the admission was committed, the executor was never called.
        var job = await Submit("j1");
        var decision = new Decision("j1", DecisionOutcome.Admit, ReasonCodes.Admitted, "test", new Placement("a10g-spot", CostModel.CapacityType.Spot, ["a10g-spot-0"], 0.5m, 1.5m));
        await _store.TryUpdateAsync(JobTransitions.Admitted(job, decision, Now), default);

        await _engine.RunCycleAsync(default);
        await _engine.RunCycleAsync(default);
        await _engine.RunCycleAsync(default);
        Assert.Equal(["start j1#1"], _executor.Calls);
    }

    [Fact]
    public async Task SucceededRunIsRecordedWithItsCost()
    {
        await Submit("j1", Spec(gpus: 4));
        await _engine.RunCycleAsync(default);
        _time.Advance(TimeSpan.FromHours(1));
        _executor.Reports[("j1", 1)] = new RunObservation("j1", 1, RunStatus.Succeeded, 0);
        await _engine.RunCycleAsync(default);
        var done = await Get("j1");
        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal(2m, done.CostUsd);
        Assert.Equal(4m, done.SavingsUsd);
    }

    [Fact]
    public async Task SpotReclaimRequeuesAndTheNextRunIsANewAttemptResumingFromCheckpoint()
    {
        await Submit("j1");
        await _engine.RunCycleAsync(default);
        _executor.Reports[("j1", 1)] = new RunObservation("j1", 1, RunStatus.Failed, Reason: "SpotInterruption", NodeReclaimed: true);
        _executor.Started.Clear();
        await _engine.RunCycleAsync(default);
        var job = await Get("j1");
        Assert.Equal(JobState.Running, job.State);
        Assert.Equal(2, job.Attempt);
        Assert.True(job.ResumeFromCheckpoint);
        Assert.Equal(1, job.EvictionCount.SpotReclaims);
        Assert.Equal(["start j1#1", "start j1#2"], _executor.Calls);
    }

    [Fact]
    public async Task APreemptionWhoseVictimCannotBeStoppedWaitsAndStartsOnceTheStopSucceeds()
    {
        await Submit("n1", Spec(team: "nlp", gpus: 4, spot: false));
        await Submit("n2", Spec(team: "nlp", gpus: 4));
        await _engine.RunCycleAsync(default);
        _time.Advance(TimeSpan.FromSeconds(1));
        await Submit("v1", Spec(gpus: 4));
        _executor.StopFailures["n2"] = 1;

        var failed = await _engine.RunCycleAsync(default);
        var victimAfterFailure = await Get("n2");
        var waitingAfterFailure = await Get("v1");
        await _engine.RunCycleAsync(default);

        Assert.True(victimAfterFailure.StopRequested);
        Assert.Equal(JobState.Pending, waitingAfterFailure.State);
        Assert.DoesNotContain("start v1#1", _executor.Calls.Take(_executor.Calls.IndexOf("stop n2#1") + 1));
        Assert.False((await Get("n2")).StopRequested);
        Assert.Equal(JobState.Running, (await Get("v1")).State);
        Assert.Equal(1, _executor.Calls.Count(c => c == "start v1#1"));
        Assert.DoesNotContain("start n2#2", _executor.Calls.TakeWhile(c => c != "start v1#1"));
        Assert.Equal(0, failed.Admitted);
    }

    [Fact]
    public async Task PreemptedBorrowerIsStoppedBeforeTheOwnersJobStarts()
    {
        // nlp (quota 4) fills both nodes (8 GPUs) by borrowing; vision (quota 4) then asks for 4 GPUs.
        await Submit("n1", Spec(team: "nlp", gpus: 4, spot: false));
        await Submit("n2", Spec(team: "nlp", gpus: 4));
        await _engine.RunCycleAsync(default);
        Assert.Equal(JobState.Running, (await Get("n2")).State);
        _time.Advance(TimeSpan.FromSeconds(1));
        await Submit("v1", Spec(gpus: 4));
        await _engine.RunCycleAsync(default);

        var victim = await Get("n2");
        Assert.Equal(JobState.Pending, victim.State);
        Assert.Equal(JobState.Running, (await Get("n1")).State);
        Assert.Equal(1, victim.EvictionCount.Preemptions);
        Assert.False(victim.StopRequested);
        Assert.Equal(JobState.Running, (await Get("v1")).State);
        var stop = _executor.Calls.IndexOf($"stop {victim.Id}#1");
        Assert.True(stop >= 0 && stop < _executor.Calls.IndexOf("start v1#1"));
    }

    [Fact]
    public async Task CancelledRunningJobIsStoppedOnce()
    {
        await Submit("j1");
        await _engine.RunCycleAsync(default);
        var running = await Get("j1");
        await _store.TryUpdateAsync(JobTransitions.Cancelled(running, Now), default);
        await _engine.RunCycleAsync(default);
        await _engine.RunCycleAsync(default);
        Assert.Equal(["start j1#1", "stop j1#1"], _executor.Calls);
        var job = await Get("j1");
        Assert.False(job.IsActive);
    }

    [Fact]
    public async Task ApplicationErrorsFailTheJobAfterTheAttemptLimit()
    {
        await Submit("j1");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await _engine.RunCycleAsync(default);
            _executor.Reports[("j1", attempt)] = new RunObservation("j1", attempt, RunStatus.Failed, ExitCode: 2);
        }

        await _engine.RunCycleAsync(default);
        var job = await Get("j1");
        Assert.Equal(JobState.Failed, job.State);
        Assert.Equal(3, job.EvictionCount.ApplicationErrors);
        Assert.Equal(3, job.Attempt);
    }

    [Fact]
    public async Task ARunThatCanNeverStartFailsAtOnceWithItsReasonAndTheOthersStillRun()
    {
        await Submit("bad");
        await Submit("good");
        _executor.StartFailures["bad"] = () => new RunStartException("the run could not start: Argument list too long", permanent: true);

        var report = await _engine.RunCycleAsync(default);

        var bad = await Get("bad");
        Assert.Equal(JobState.Failed, bad.State);
        Assert.Equal(ReasonCodes.CannotStart, bad.Reason);
        Assert.Equal("the run could not start: Argument list too long", bad.Message);
        Assert.Equal(JobState.Running, (await Get("good")).State);
        Assert.Equal(1, report.Admitted);
        Assert.Equal(1, _executor.Calls.Count(c => c.StartsWith("start bad", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AStartThatFailsForAnotherReasonIsAnInfrastructureFailureWithBackOff()
    {
        await Submit("j1");
        _executor.StartFailures["j1"] = () => new HttpRequestException("the API server did not answer");

        await _engine.RunCycleAsync(default);

        var job = await Get("j1");
        Assert.Equal(JobState.Pending, job.State);
        Assert.Equal(ReasonCodes.InfrastructureFailure, job.Reason);
        Assert.Contains("the API server did not answer", job.Message, StringComparison.Ordinal);
        Assert.Equal(1, job.EvictionCount.InfrastructureFailures);
        Assert.NotNull(job.NotBefore);
    }

    [Fact]
    public async Task ACommandThatIsNotFoundFailsAtOnceInsteadOfBeingRetried()
    {
        await Submit("j1");
        await _engine.RunCycleAsync(default);
        _executor.Reports[("j1", 1)] = new RunObservation("j1", 1, RunStatus.Failed, ExitCode: 127);

        await _engine.RunCycleAsync(default);

        var job = await Get("j1");
        Assert.Equal(JobState.Failed, job.State);
        Assert.Equal(ReasonCodes.CannotStart, job.Reason);
        Assert.Contains("not found (exit code 127)", job.Message, StringComparison.Ordinal);
        Assert.Equal(1, job.Attempt);
    }
}
