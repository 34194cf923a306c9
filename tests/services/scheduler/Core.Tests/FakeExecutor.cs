namespace MlPlatform.Scheduler.Core.Tests;

/// <summary>Records calls in order; reports statuses the test sets (default: Running for started runs, NotFound otherwise).</summary>
internal sealed class FakeExecutor(IJobStore store) : IJobExecutor
{
    public List<string> Calls { get; } = [];

    public Dictionary<(string, int), RunObservation> Reports { get; } = [];

    public HashSet<(string, int)> Started { get; } = [];

    public List<Job> StoredAtStart { get; } = [];

    public string Name => "fake";

    /// <summary>Jobs whose start throws what the function returns.</summary>
    public Dictionary<string, Func<Exception>> StartFailures { get; } = [];

    public async Task StartAsync(Job job, CancellationToken cancellationToken)
    {
        Calls.Add($"start {job.Id}#{job.Attempt}");
        if (StartFailures.TryGetValue(job.Id, out var failure))
        {
            throw failure();
        }

        StoredAtStart.Add((await store.GetAsync(job.Id, cancellationToken))!);
        Started.Add((job.Id, job.Attempt));
    }

    /// <summary>How many more stops of a job throw (the API server down, say).</summary>
    public Dictionary<string, int> StopFailures { get; } = [];

    public Task StopAsync(Job job, CancellationToken cancellationToken)
    {
        Calls.Add($"stop {job.Id}#{job.Attempt}");
        if (StopFailures.TryGetValue(job.Id, out var left) && left > 0)
        {
            StopFailures[job.Id] = left - 1;
            throw new HttpRequestException("the API server is unavailable");
        }

        Started.Remove((job.Id, job.Attempt));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RunObservation>> ObserveAsync(IReadOnlyList<Job> running, CancellationToken cancellationToken)
    {
        IReadOnlyList<RunObservation> result = running.Select(j =>
            Reports.TryGetValue((j.Id, j.Attempt), out var report) ? report
            : Started.Contains((j.Id, j.Attempt)) ? new RunObservation(j.Id, j.Attempt, RunStatus.Running)
            : new RunObservation(j.Id, j.Attempt, RunStatus.NotFound)).ToList();
        return Task.FromResult(result);
    }
}
