namespace MlPlatform.Scheduler.Core;

/// <summary>Why a run ended before it succeeded; each kind is handled and counted differently.</summary>
public enum EvictionKind
{
    /// <summary>The cloud reclaimed the spot node: requeue, resume from the last checkpoint, no penalty.</summary>
    SpotReclaim,

    /// <summary>The scheduler preempted it to return borrowed quota to its owner: requeue, no penalty.</summary>
    Preempted,

    /// <summary>A node, network or image-pull failure: retry with exponential back-off, up to a limit.</summary>
    InfrastructureFailure,

    /// <summary>The job's own process failed: retry until the attempt limit, then fail.</summary>
    ApplicationError,
}
