namespace MlPlatform.DatasetWarmer;

/// <summary>The store has no object with the requested key.</summary>
public sealed class BlobNotFoundException : Exception
{
    public BlobNotFoundException(string location, string key)
        : base($"{location}: no object '{key}'")
    {
    }

    public BlobNotFoundException()
    {
    }

    public BlobNotFoundException(string message)
        : base(message)
    {
    }

    public BlobNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
