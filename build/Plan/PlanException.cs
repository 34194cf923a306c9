namespace MlPlatform.Plan;

/// <summary>The plan could not be made; <see cref="ExitCode"/> is 2 for bad input (stack, config) and 1 for a failing program.</summary>
public sealed class PlanException : Exception
{
    public PlanException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public PlanException()
    {
    }

    public PlanException(string message)
        : base(message)
    {
    }

    public PlanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = 1;
}
