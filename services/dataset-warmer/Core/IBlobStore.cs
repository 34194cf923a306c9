namespace MlPlatform.DatasetWarmer;

/// <summary>Where dataset versions live: S3 or Azure Blob, behind one interface so the warmer does not care which.</summary>
public interface IBlobStore
{
    /// <summary>A readable description, e.g. <c>s3://bucket/prefix</c>.</summary>
    string Location { get; }

    /// <summary>Opens an object for reading.</summary>
    /// <exception cref="BlobNotFoundException">No object has this key.</exception>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);
}
