namespace MlPlatform.Scheduler.Core;

/// <summary>
/// Runs admitted jobs somewhere (Kubernetes, local processes, a simulator). A run is identified by (job id, attempt):
/// <see cref="StartAsync"/> is idempotent per run, so a scheduler that crashed after recording a start may ask again
/// and the run still starts at most once.
/// </summary>
public interface IJobExecutor
{
    /// <summary>The executor's configuration name.</summary>
    string Name { get; }

    /// <summary>Starts run (<see cref="Job.Id"/>, <see cref="Job.Attempt"/>) on <see cref="Job.Placement"/>; does nothing if it already exists.</summary>
    Task StartAsync(Job job, CancellationToken cancellationToken);

    /// <summary>Stops the job's current run (cancel or preemption); does nothing if it is gone.</summary>
    Task StopAsync(Job job, CancellationToken cancellationToken);

    /// <summary>The status of each given running job's current run.</summary>
    Task<IReadOnlyList<RunObservation>> ObserveAsync(IReadOnlyList<Job> running, CancellationToken cancellationToken);
}
