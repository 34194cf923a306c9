namespace MlPlatform.Inference.Api.Configuration;

/// <summary>The model repository (configuration <c>Inference:Repository</c>).</summary>
public sealed record RepositoryOptions
{
    /// <summary>Back-end; default <see cref="RepositoryKind.Local"/>.</summary>
    public RepositoryKind Kind { get; init; } = RepositoryKind.Local;

    /// <summary>Local: the repository directory (<c>--repository</c>); defaults to <c>MLPLATFORM_MODEL_REPOSITORY</c>.</summary>
    public string? Path { get; init; }

    /// <summary>S3: the bucket.</summary>
    public string? Bucket { get; init; }

    /// <summary>S3 and Azure: a key prefix under which the layout starts.</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>S3: the region (default from the environment).</summary>
    public string? Region { get; init; }

    /// <summary>S3: a custom endpoint (MinIO, LocalStack).</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Azure: the container URI (with a SAS token, or public).</summary>
    public Uri? ContainerUri { get; init; }

    /// <summary>Azure: a storage connection string (with <see cref="Container"/>).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Azure: the container name (with <see cref="ConnectionString"/>).</summary>
    public string? Container { get; init; }

    /// <summary>Remote back-ends: where model files are cached (default: a folder under the temp directory).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How often to re-read the repository and hot-swap changes; null = only on <c>POST /v2/repository/models/{name}/load</c>.</summary>
    public TimeSpan? PollInterval { get; init; }
}
