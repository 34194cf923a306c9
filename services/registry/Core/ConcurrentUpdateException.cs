namespace MlPlatform.Registry;

/// <summary>A conditional write lost a race: the key changed (or appeared) since the caller read it.</summary>
public sealed class ConcurrentUpdateException : Exception
{
    public ConcurrentUpdateException()
    {
    }

    public ConcurrentUpdateException(string message)
        : base(message)
    {
    }

    public ConcurrentUpdateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
