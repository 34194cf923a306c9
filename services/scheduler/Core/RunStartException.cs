namespace MlPlatform.Scheduler.Core;

/// <summary>
/// An executor could not start a run. <see cref="Permanent"/>: a retry would fail the same way (the executable is
/// missing or not executable, the argument list is too long, the platform rejects the run's spec as invalid) — the job
/// fails at once with <see cref="Exception.Message"/> as its reason; otherwise (an API server that did not answer) the
/// run is retried with back-off like any infrastructure failure.
/// </summary>
public sealed class RunStartException : Exception
{
    public RunStartException()
    {
    }

    public RunStartException(string message)
        : base(message)
    {
    }

    public RunStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RunStartException(string message, bool permanent, Exception? innerException = null)
        : base(message, innerException)
    {
        Permanent = permanent;
    }

    /// <summary>Whether retrying cannot help.</summary>
    public bool Permanent { get; }
}
