namespace MlPlatform.DatasetWarmer;

/// <summary>A manifest could not be read; <see cref="Problems"/> lists every problem with its JSON path.</summary>
public sealed class ManifestFormatException : Exception
{
    public ManifestFormatException(string source, IReadOnlyList<string> problems)
        : base($"manifest '{source}' is invalid:\n  {string.Join("\n  ", problems)}")
    {
        ManifestSource = source;
        Problems = problems;
    }

    public ManifestFormatException()
        : this("?", [])
    {
    }

    public ManifestFormatException(string message)
        : base(message)
    {
        Problems = [];
    }

    public ManifestFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<string> Problems { get; } = [];

    /// <summary>Where the manifest came from (store key or file).</summary>
    public string ManifestSource { get; } = string.Empty;
}
