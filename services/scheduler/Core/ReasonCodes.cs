namespace MlPlatform.Scheduler.Core;

/// <summary>The machine-readable reasons decisions and job states carry.</summary>
public static class ReasonCodes
{
    public const string Queued = "queued";
    public const string Admitted = "admitted";
    public const string SpotFallbackQueueAge = "spot-fallback-queue-age";
    public const string DeadlineRisk = "deadline-risk";
    public const string Backfilled = "backfilled";
    public const string BorrowedQuota = "borrowed-quota";
    public const string Preempting = "preempting-borrowers";
    public const string QuotaExceeded = "quota-exceeded";
    public const string QuotaNeverFits = "larger-than-quota";
    public const string BudgetExceeded = "budget-exceeded";
    public const string MaxCostExceeded = "max-cost-exceeded";
    public const string NoMatchingPool = "no-matching-pool";
    public const string NoCapacity = "no-capacity";
    public const string WaitingForSpot = "waiting-for-spot";
    public const string ReservedForHigherPriority = "reserved-for-higher-priority";
    public const string BackingOff = "backing-off";
    public const string UnknownTeam = "unknown-team";
    public const string UnknownQueue = "unknown-queue";
    public const string SpotReclaimed = "spot-reclaimed";
    public const string PreemptedForOwner = "preempted-for-quota-owner";
    public const string InfrastructureFailure = "infrastructure-failure";
    public const string ApplicationError = "application-error";
    public const string RetriesExhausted = "retries-exhausted";
    public const string CannotStart = "cannot-start";
    public const string Completed = "completed";
    public const string CancelledByUser = "cancelled";
}
