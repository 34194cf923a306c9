namespace MlPlatform.DatasetWarmer;

/// <summary>An object's content does not match the digest or size its manifest names.</summary>
public sealed class DigestMismatchException : Exception
{
    public DigestMismatchException(string key, string expected, string actual)
        : base($"object '{key}': expected {expected}, got {actual}")
    {
        Key = key;
    }

    public DigestMismatchException()
    {
    }

    public DigestMismatchException(string message)
        : base(message)
    {
    }

    public DigestMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Key { get; } = string.Empty;
}
