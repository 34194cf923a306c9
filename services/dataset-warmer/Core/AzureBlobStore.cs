using Azure;
using Azure.Storage.Blobs;

namespace MlPlatform.DatasetWarmer;

/// <summary>Blobs of an Azure Storage container below a prefix; credentials from workload identity on AKS.</summary>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobContainerClient _container;
    private readonly string _prefix;

    public AzureBlobStore(BlobContainerClient container, string prefix = "")
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
    }

    public string Location => $"{_container.Uri}/{_prefix}";

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await _container.GetBlobClient(_prefix + key).OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new BlobNotFoundException(Location, key);
        }
    }
}
