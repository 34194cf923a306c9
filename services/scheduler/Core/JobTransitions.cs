using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>Every change of a job's state, as pure functions from the old job to the new one.</summary>
public static class JobTransitions
{
    /// <summary>A newly accepted job.</summary>
    public static Job Submitted(string id, JobSpec spec, DateTimeOffset now) =>
        new(id, spec, JobState.Pending, now, now, Evictions: EvictionCounts.None, Reason: ReasonCodes.Queued, Message: "waiting for the next scheduling cycle");

    /// <summary>Applies a wait/hold decision (admissions go through <see cref="Admitted"/>).</summary>
    public static Job Waiting(Job job, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(decision);
        var state = decision.Outcome == DecisionOutcome.Hold ? JobState.Held : JobState.Pending;
        return job with { State = state, Reason = decision.Reason, Message = decision.Message, EstimatedCostUsd = decision.EstimatedCostUsd };
    }

    /// <summary>An admitted job: a new attempt is recorded before the executor is asked to start it.</summary>
    public static Job Admitted(Job job, Decision decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Placement is null)
        {
            throw new ArgumentException("an admission carries a placement", nameof(decision));
        }

        return job with
        {
            State = JobState.Running,
            Attempt = job.Attempt + 1,
            Placement = decision.Placement,
            StartedAt = now,
            NotBefore = null,
            Reason = decision.Reason,
            Message = decision.Message,
            EstimatedCostUsd = decision.EstimatedCostUsd,
        };
    }

    /// <summary>A run that finished with exit code 0.</summary>
    public static Job Succeeded(Job job, DateTimeOffset now)
    {
        var accrued = Accrue(job, now);
        return accrued with { State = JobState.Succeeded, FinishedAt = now, ExitCode = 0, Reason = ReasonCodes.Completed, Message = "finished with exit code 0" };
    }

    /// <summary>A run that ended early, handled by kind: requeue (spot reclaim, preemption), back-off retry (infrastructure) or retry-then-fail (application).</summary>
    public static Job Evicted(Job job, EvictionKind kind, DateTimeOffset now, SchedulingPolicy policy, int? exitCode = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var accrued = Accrue(job, now) with { Evictions = job.EvictionCount.Add(kind), ExitCode = exitCode };
        var counts = accrued.EvictionCount;
        var resume = job.Spec.CheckpointPath is not null;
        switch (kind)
        {
            case EvictionKind.SpotReclaim:
                return accrued with { State = JobState.Pending, EnqueuedAt = now, ResumeFromCheckpoint = resume, Reason = ReasonCodes.SpotReclaimed, Message = resume ? $"spot node reclaimed; resuming from {job.Spec.CheckpointPath}" : "spot node reclaimed; restarting (no checkpoint path)" };
            case EvictionKind.Preempted:
                return accrued with { State = JobState.Pending, EnqueuedAt = now, ResumeFromCheckpoint = resume, Reason = ReasonCodes.PreemptedForOwner, Message = "preempted to return borrowed quota to its owner" };
            case EvictionKind.InfrastructureFailure:
                if (counts.InfrastructureFailures > policy.MaxInfrastructureRetries)
                {
                    return accrued with { State = JobState.Failed, FinishedAt = now, Reason = ReasonCodes.RetriesExhausted, Message = $"{counts.InfrastructureFailures} infrastructure failures (limit {policy.MaxInfrastructureRetries} retries): {detail}" };
                }

                var delay = policy.BackoffFor(counts.InfrastructureFailures);
                return accrued with { State = JobState.Pending, EnqueuedAt = now, NotBefore = now + delay, ResumeFromCheckpoint = resume, Reason = ReasonCodes.InfrastructureFailure, Message = $"infrastructure failure ({detail}); retry {counts.InfrastructureFailures} after {delay}" };
            case EvictionKind.ApplicationError:
                if (counts.ApplicationErrors >= policy.MaxApplicationAttempts)
                {
                    return accrued with { State = JobState.Failed, FinishedAt = now, Reason = ReasonCodes.ApplicationError, Message = $"failed {counts.ApplicationErrors} times (limit {policy.MaxApplicationAttempts}); last exit code {exitCode}" };
                }

                return accrued with { State = JobState.Pending, EnqueuedAt = now, ResumeFromCheckpoint = resume, Reason = ReasonCodes.ApplicationError, Message = $"exit code {exitCode}; attempt {counts.ApplicationErrors} of {policy.MaxApplicationAttempts}" };
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown eviction kind");
        }
    }

    /// <summary>
    /// A run that cannot start for a reason no retry fixes: the job fails now, with the reason on the job for its owner
    /// (<c>GET /v1/jobs/{id}</c>), instead of burning its attempts.
    /// </summary>
    public static Job CannotStart(Job job, DateTimeOffset now, string reason, int? exitCode = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        var accrued = job.State == JobState.Running ? Accrue(job, now) : job;
        return accrued with { State = JobState.Failed, FinishedAt = now, ExitCode = exitCode, Reason = ReasonCodes.CannotStart, Message = reason };
    }

    /// <summary>Whether a job in this state can be cancelled.</summary>
    public static bool CanCancel(Job job) => job is { IsFinal: false };

    /// <summary>A cancelled job; a running one keeps <see cref="Job.StopRequested"/> until the executor has stopped it.</summary>
    public static Job Cancelled(Job job, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.IsFinal)
        {
            throw new InvalidOperationException($"job {job.Id} is already {job.State}");
        }

        var running = job.State == JobState.Running;
        var accrued = running ? Accrue(job, now) : job;
        return accrued with { State = JobState.Cancelled, FinishedAt = now, StopRequested = running, Reason = ReasonCodes.CancelledByUser, Message = "cancelled on request" };
    }

    /// <summary>Adds the cost of the current run up to <paramref name="now"/> to the job's ledger.</summary>
    public static Job Accrue(Job job, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.StartedAt is not { } start || job.Placement is not { } placement)
        {
            return job;
        }

        var elapsed = now > start ? now - start : TimeSpan.Zero;
        return job with
        {
            CostUsd = job.CostUsd + RunCost.Usd(placement.UsdPerHour, elapsed),
            OnDemandCostUsd = job.OnDemandCostUsd + RunCost.Usd(placement.OnDemandUsdPerHour, elapsed),
        };
    }
}
