namespace MlPlatform.Scheduler.Core;

/// <summary>Hears what the engine does (metrics, logs, simulation statistics).</summary>
public interface ISchedulerObserver
{
    /// <summary>A cycle finished: its decisions and the jobs still waiting, by queue.</summary>
    void CycleCompleted(IReadOnlyList<Decision> decisions, IReadOnlyList<Job> pending, IReadOnlyList<Job> running, DateTimeOffset now);

    /// <summary>A job was admitted after waiting <paramref name="wait"/>.</summary>
    void Admitted(Job job, TimeSpan wait);

    /// <summary>A run ended early.</summary>
    void Evicted(Job job, EvictionKind kind);

    /// <summary>A run finished, its cost and on-demand equivalent accrued into <paramref name="job"/>.</summary>
    void RunEnded(Job before, Job after);

    /// <summary>The executor failed to <paramref name="operation"/> (<c>start</c>, <c>stop</c>) the run of <paramref name="job"/>; the engine retries or fails the job.</summary>
    void ExecutorFailed(string operation, Job job, Exception exception);
}
