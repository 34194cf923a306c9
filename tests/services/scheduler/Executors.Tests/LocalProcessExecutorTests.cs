using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Executors.Tests;

public sealed class LocalProcessExecutorTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("sched-local-").FullName;
    private readonly LocalProcessExecutor _executor;

    public LocalProcessExecutorTests() => _executor = new LocalProcessExecutor(_work, TimeProvider.System, TimeSpan.FromSeconds(5));

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task FinishedRunFoldersAreDeletedAfterTheRetentionButNeverARunningOne()
    {
        var executor = new LocalProcessExecutor(_work, TimeProvider.System, TimeSpan.FromSeconds(5), runRetention: TimeSpan.FromHours(1));
        var finished = TestJobs.Running("done", ["true"]);
        var longRunning = TestJobs.Running("busy", ["sleep", "30"]);
        await executor.StartAsync(finished, default);
        await executor.StartAsync(longRunning, default);
        await WaitFor(finished, o => o.Status == RunStatus.Succeeded);

        var early = executor.PruneFinishedRuns([longRunning], DateTimeOffset.UtcNow);
        var late = executor.PruneFinishedRuns([longRunning], DateTimeOffset.UtcNow.AddHours(2));

        Assert.Equal(0, early);
        Assert.Equal(1, late);
        Assert.False(Directory.Exists(Path.Combine(_work, "done")));
        Assert.True(Directory.Exists(executor.RunDirectory("busy", 1)));
        await executor.StopAsync(longRunning, default);
    }

    [Fact]
    public async Task AnArgumentListTooLongForTheKernelCannotStartAndSaysWhy()
    {
        // Linux refuses a single argument over 128 KiB (E2BIG) however often it is retried.
        var job = TestJobs.Running("j-big", ["sh", "-c", "true", new string('x', 200_000)]);

        var error = await Assert.ThrowsAsync<RunStartException>(() => _executor.StartAsync(job, default));

        Assert.True(error.Permanent);
        Assert.Contains("Argument list too long", error.Message, StringComparison.Ordinal);
    }

    private async Task<RunObservation> WaitFor(Job job, Func<RunObservation, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var observation = (await _executor.ObserveAsync([job], default))[0];
            if (done(observation) || DateTime.UtcNow > deadline)
            {
                return observation;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task RunThatWasNeverStartedIsNotFound()
    {
        var observation = (await _executor.ObserveAsync([TestJobs.Running("j0", ["true"])], default))[0];
        Assert.Equal(RunStatus.NotFound, observation.Status);
    }

    [Fact]
    public async Task CommandRunsWithItsRunEnvironmentAndSucceeds()
    {
        var log = Path.Combine(_work, "env.txt");
        var job = TestJobs.Running("j1", ["sh", "-c", $"echo \"$MLPLATFORM_JOB_ID $MLPLATFORM_ATTEMPT $MLPLATFORM_RESUME_FROM_CHECKPOINT\" > {log}"], attempt: 2);
        await _executor.StartAsync(job, default);
        var observation = await WaitFor(job, o => o.Status != RunStatus.Running);
        Assert.Equal(RunStatus.Succeeded, observation.Status);
        Assert.Equal("j1 2 1", File.ReadAllText(log).Trim());
    }

    [Fact]
    public async Task NonZeroExitIsAFailureWithItsCode()
    {
        var job = TestJobs.Running("j2", ["sh", "-c", "exit 7"]);
        await _executor.StartAsync(job, default);
        var observation = await WaitFor(job, o => o.Status != RunStatus.Running);
        Assert.Equal(RunStatus.Failed, observation.Status);
        Assert.Equal(7, observation.ExitCode);
        Assert.Equal(EvictionKind.ApplicationError, EvictionClassifier.Classify(observation, CostModel.CapacityType.OnDemand));
    }

    [Fact]
    public async Task StartingTheSameRunTwiceRunsItOnce()
    {
        var count = Path.Combine(_work, "count.txt");
        var job = TestJobs.Running("j3", ["sh", "-c", $"echo x >> {count}"]);
        await _executor.StartAsync(job, default);
        await _executor.StartAsync(job, default);
        await new LocalProcessExecutor(_work, TimeProvider.System).StartAsync(job, default);
        await WaitFor(job, o => o.Status != RunStatus.Running);
        Assert.Single(File.ReadAllLines(count));
    }

    [Fact]
    public async Task StoppedRunIsKilledAndReportedAsLost()
    {
        var job = TestJobs.Running("j4", ["sleep", "30"]);
        await _executor.StartAsync(job, default);
        Assert.Equal(RunStatus.Running, (await WaitFor(job, o => File.Exists(Path.Combine(_executor.RunDirectory("j4", 1), "pid.0")))).Status);
        await _executor.StopAsync(job, default);
        var observation = await WaitFor(job, o => o.Status != RunStatus.Running);
        Assert.Equal(RunStatus.Failed, observation.Status);
        Assert.Equal("ExecutorLost", observation.Reason);
    }

    [Fact]
    public async Task GangStartsOneProcessPerMemberAndSucceedsWhenAllDo()
    {
        var job = TestJobs.Running("g1", ["sh", "-c", "echo $MLPLATFORM_MEMBER"], gang: 3);
        await _executor.StartAsync(job, default);
        Assert.Equal(RunStatus.Succeeded, (await WaitFor(job, o => o.Status != RunStatus.Running)).Status);
        var dir = _executor.RunDirectory("g1", 1);
        Assert.Equal(["0", "1", "2"], Enumerable.Range(0, 3).Select(m => File.ReadAllText(Path.Combine(dir, $"output.{m}.log")).Trim()));
    }

    [Fact]
    public async Task AStartMarkerLeftByADeadSchedulerIsAStartFailureAtOnce()
    {
        // Another scheduler process wrote the start marker, then died before it could start the process.
        var job = TestJobs.Running("orphan", ["true"]);
        var runDirectory = _executor.RunDirectory(job.Id, job.Attempt);
        Directory.CreateDirectory(runDirectory);
        await File.WriteAllTextAsync(Path.Combine(runDirectory, "started"), DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        var observation = (await _executor.ObserveAsync([job], default))[0];

        Assert.Equal(RunStatus.Failed, observation.Status);
        Assert.Equal("StartError", observation.Reason);
    }
}
