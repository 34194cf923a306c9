namespace MlPlatform.Inference.Api.Configuration;

/// <summary>Where the model repository lives.</summary>
public enum RepositoryKind
{
    /// <summary>A local directory (<c>Path</c>).</summary>
    Local,
    /// <summary>An S3 bucket (<c>Bucket</c>, optional <c>Prefix</c>, <c>Region</c>, <c>ServiceUrl</c>).</summary>
    S3,
    /// <summary>An Azure Blob container (<c>ContainerUri</c> with a SAS, or <c>ConnectionString</c> + <c>Container</c>).</summary>
    AzureBlob,
}
