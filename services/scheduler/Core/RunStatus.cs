namespace MlPlatform.Scheduler.Core;

/// <summary>What an executor knows about one run (job id + attempt).</summary>
public enum RunStatus
{
    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished with exit code 0.</summary>
    Succeeded,

    /// <summary>Ended without success; <see cref="RunObservation"/> says how, <see cref="EvictionClassifier"/> says what kind.</summary>
    Failed,

    /// <summary>The executor has no trace of the run: it was never started (the scheduler crashed between recording and starting it).</summary>
    NotFound,
}
