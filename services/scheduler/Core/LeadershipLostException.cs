namespace MlPlatform.Scheduler.Core;

/// <summary>A fenced write was refused: the lease it was made under lapsed or passed to another replica.</summary>
public sealed class LeadershipLostException : Exception
{
    public LeadershipLostException()
    {
    }

    public LeadershipLostException(string message)
        : base(message)
    {
    }

    public LeadershipLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
