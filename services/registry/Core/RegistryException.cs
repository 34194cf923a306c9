namespace MlPlatform.Registry;

/// <summary>
/// A request the registry refuses (unknown model or version, different content under an existing version, a gate that
/// does not parse, a store that cannot be reached): the message names what and why, and nothing was changed.
/// </summary>
public sealed class RegistryException : Exception
{
    public RegistryException()
    {
    }

    public RegistryException(string message)
        : base(message)
    {
    }

    public RegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
