namespace MlPlatform.Inference.Serving;

/// <summary>No version of a model could be loaded and warmed up; says why for each version.</summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the error.</summary>
    public ModelLoadException(string model, IReadOnlyDictionary<string, string> versionFailures)
        : base($"No version of model '{model}' could be loaded: {string.Join("; ", versionFailures.Select(kv => $"version {kv.Key}: {kv.Value}"))}")
    {
        Model = model;
        VersionFailures = versionFailures;
    }

    /// <summary>Creates the error.</summary>
    public ModelLoadException()
        : this(string.Empty, new Dictionary<string, string>())
    {
    }

    /// <summary>Creates the error.</summary>
    public ModelLoadException(string message)
        : base(message)
    {
        Model = string.Empty;
        VersionFailures = new Dictionary<string, string>();
    }

    /// <summary>Creates the error.</summary>
    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Model = string.Empty;
        VersionFailures = new Dictionary<string, string>();
    }

    /// <summary>The model.</summary>
    public string Model { get; }

    /// <summary>Version → why it failed.</summary>
    public IReadOnlyDictionary<string, string> VersionFailures { get; }
}
