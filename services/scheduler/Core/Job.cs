namespace MlPlatform.Scheduler.Core;

/// <summary>A submitted job and everything the scheduler has recorded about it. Changed only by <see cref="JobTransitions"/>.</summary>
/// <param name="Id">The scheduler's id.</param>
/// <param name="Spec">What was asked.</param>
/// <param name="State">Where the job is.</param>
/// <param name="SubmittedAt">When it was accepted.</param>
/// <param name="EnqueuedAt">When it last entered the queue (submit or requeue); queue age counts from here.</param>
/// <param name="Version">Optimistic-concurrency version, bumped by every stored change.</param>
/// <param name="Attempt">How many runs have been started; a run is identified by (Id, Attempt) and is started at most once.</param>
/// <param name="Placement">The current (while running) or last placement.</param>
/// <param name="StartedAt">When the current or last run started.</param>
/// <param name="FinishedAt">When the job reached a final state.</param>
/// <param name="NotBefore">Back-off: not scheduled again before this time.</param>
/// <param name="Reason">Machine-readable reason for the current state (a <see cref="ReasonCodes"/> value).</param>
/// <param name="Message">Human-readable explanation.</param>
/// <param name="Evictions">Early ends by kind.</param>
/// <param name="EstimatedCostUsd">The admission estimate of the current or last run.</param>
/// <param name="CostUsd">What the job's runs have actually cost so far.</param>
/// <param name="OnDemandCostUsd">What the same run time would have cost on on-demand capacity.</param>
/// <param name="ResumeFromCheckpoint">Whether the next run should resume from <see cref="JobSpec.CheckpointPath"/>.</param>
/// <param name="StopRequested">A cancelled job whose run still has to be stopped by the executor.</param>
/// <param name="ExitCode">The exit code of the last finished run, if any.</param>
public sealed record Job(
    string Id,
    JobSpec Spec,
    JobState State,
    DateTimeOffset SubmittedAt,
    DateTimeOffset EnqueuedAt,
    long Version = 0,
    int Attempt = 0,
    Placement? Placement = null,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    DateTimeOffset? NotBefore = null,
    string? Reason = null,
    string? Message = null,
    EvictionCounts? Evictions = null,
    decimal EstimatedCostUsd = 0,
    decimal CostUsd = 0,
    decimal OnDemandCostUsd = 0,
    bool ResumeFromCheckpoint = false,
    bool StopRequested = false,
    int? ExitCode = null)
{
    /// <summary>Early ends by kind (never null).</summary>
    public EvictionCounts EvictionCount => Evictions ?? EvictionCounts.None;

    /// <summary>Whether the scheduler still has work to do for this job.</summary>
    public bool IsActive => State is JobState.Pending or JobState.Held or JobState.Running || StopRequested;

    /// <summary>Whether the job is in a final state.</summary>
    public bool IsFinal => State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;

    /// <summary>What spot saved against on-demand on this job so far.</summary>
    public decimal SavingsUsd => OnDemandCostUsd - CostUsd;

    /// <summary>When the current run is expected to end.</summary>
    public DateTimeOffset? ExpectedEnd => StartedAt is { } start ? start + Spec.ExpectedDuration : null;
}
