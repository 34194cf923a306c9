namespace MlPlatform.Scheduler.Core;

/// <summary>Where a job is in its life.</summary>
public enum JobState
{
    /// <summary>Accepted and waiting for the scheduler (also after a requeue).</summary>
    Pending,

    /// <summary>Accepted but held back by a budget or cost limit until it is raised or the month turns.</summary>
    Held,

    /// <summary>Admitted and handed to the executor.</summary>
    Running,

    /// <summary>Finished with exit code 0.</summary>
    Succeeded,

    /// <summary>Failed for good (application errors or infrastructure failures exhausted their retries).</summary>
    Failed,

    /// <summary>Cancelled by its team or an admin.</summary>
    Cancelled,
}
