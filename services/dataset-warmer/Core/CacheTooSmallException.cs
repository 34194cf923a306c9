namespace MlPlatform.DatasetWarmer;

/// <summary>A dataset version is larger than the whole cache may hold (after evicting everything evictable).</summary>
public sealed class CacheTooSmallException : Exception
{
    public CacheTooSmallException()
    {
    }

    public CacheTooSmallException(string message)
        : base(message)
    {
    }

    public CacheTooSmallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
