namespace Pulumi;

/// <summary>An error the program reports to the user without a stack trace.</summary>
public class RunException : Exception
{
    public RunException(string message)
        : base(message)
    {
    }

    public RunException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
