namespace MlPlatform.Scheduler.Core;

/// <summary>
/// Durable job state. Every write is committed before the call returns, so an accepted job survives a crash.
/// Updates are optimistic: they succeed only when the stored version equals the job's version.
/// </summary>
public interface IJobStore
{
    /// <summary>Creates the schema if needed.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new job, or returns the existing one when the team already submitted the same client key.</summary>
    Task<SubmitResult> SubmitAsync(Job job, CancellationToken cancellationToken);

    /// <summary>The job <paramref name="team"/> submitted with <paramref name="clientKey"/>, if any.</summary>
    Task<Job?> FindByClientKeyAsync(string team, string clientKey, CancellationToken cancellationToken);

    /// <summary>The job with <paramref name="id"/>, if any.</summary>
    Task<Job?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Jobs matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<Job>> ListAsync(JobQuery query, CancellationToken cancellationToken);

    /// <summary>Every job the scheduler still has work for (<see cref="Job.IsActive"/>).</summary>
    Task<IReadOnlyList<Job>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Jobs that are active or finished at or after <paramref name="since"/> (for budgets and usage views).</summary>
    Task<IReadOnlyList<Job>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Per team, the cost accrued by jobs that are active or finished at or after <paramref name="since"/>, running jobs
    /// excepted (the caller prices their current run from <see cref="ListRunningAsync"/>). Summed where the jobs are, so
    /// a budget check costs one aggregate, not a read of every job of the month.
    /// </summary>
    Task<IReadOnlyDictionary<string, decimal>> SettledCostSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The jobs running now.</summary>
    Task<IReadOnlyList<Job>> ListRunningAsync(CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="job"/> if the stored version equals <see cref="Job.Version"/>; returns it with the new version, or null on a conflict.</summary>
    Task<Job?> TryUpdateAsync(Job job, CancellationToken cancellationToken);

    /// <summary>Whether the store answers (readiness).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}
