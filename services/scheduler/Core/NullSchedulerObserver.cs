namespace MlPlatform.Scheduler.Core;

/// <summary>An observer that ignores everything.</summary>
public sealed class NullSchedulerObserver : ISchedulerObserver
{
    /// <inheritdoc/>
    public void CycleCompleted(IReadOnlyList<Decision> decisions, IReadOnlyList<Job> pending, IReadOnlyList<Job> running, DateTimeOffset now)
    {
    }

    /// <inheritdoc/>
    public void Admitted(Job job, TimeSpan wait)
    {
    }

    /// <inheritdoc/>
    public void Evicted(Job job, EvictionKind kind)
    {
    }

    /// <inheritdoc/>
    public void RunEnded(Job before, Job after)
    {
    }

    /// <inheritdoc/>
    public void ExecutorFailed(string operation, Job job, Exception exception)
    {
    }
}
