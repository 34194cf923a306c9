using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>
/// Whether a valid job could ever be admitted, asked of the same <see cref="CycleDecider"/> the scheduler uses: the job
/// alone on an empty cluster, any capacity type allowed, with the team's month-to-date spend. A job that could never
/// fit its quota is refused with 409; one that no pool can run, or whose estimate breaks its max cost or the team's
/// budget, with 422. Everything else is accepted (it may still wait for capacity).
/// </summary>
internal static class AdmissionCheck
{
    public static (int Status, string Reason, string Message)? Evaluate(JobSpec spec, SchedulerConfiguration configuration, IReadOnlyDictionary<string, decimal> spend, DateTimeOffset now)
    {
        var policy = configuration.Policy with { QueueAgeThreshold = TimeSpan.Zero, Backfill = false };
        var snapshot = new ClusterSnapshot(now, configuration.Pools, configuration.TeamsByName, configuration.QueuesByName, [], spend, policy);
        var probe = new Job("admission-probe", spec with { Deadline = null }, JobState.Pending, now, now);
        var decision = CycleDecider.Decide(snapshot, [probe])[0];
        return decision switch
        {
            { Outcome: DecisionOutcome.Admit } => null,
            { Outcome: DecisionOutcome.Hold } => (StatusCodes.Status422UnprocessableEntity, decision.Reason, decision.Message),
            { Reason: ReasonCodes.QuotaNeverFits or ReasonCodes.QuotaExceeded } => (StatusCodes.Status409Conflict, decision.Reason, decision.Message),
            { Reason: ReasonCodes.NoMatchingPool or ReasonCodes.NoCapacity or ReasonCodes.WaitingForSpot } => (StatusCodes.Status422UnprocessableEntity, ReasonCodes.NoMatchingPool, decision.Message),
            _ => null,
        };
    }
}
