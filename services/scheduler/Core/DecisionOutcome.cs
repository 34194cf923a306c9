namespace MlPlatform.Scheduler.Core;

/// <summary>What the cycle decided for one pending job.</summary>
public enum DecisionOutcome
{
    /// <summary>Start it now with the given placement (after the listed victims are preempted, if any).</summary>
    Admit,

    /// <summary>Leave it queued; it may fit in a later cycle.</summary>
    Wait,

    /// <summary>Hold it: a budget or cost cap blocks it until the cap is raised or the month turns.</summary>
    Hold,
}
