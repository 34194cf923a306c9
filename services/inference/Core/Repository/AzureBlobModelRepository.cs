using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace MlPlatform.Inference.Repository;

/// <summary>A model repository in an Azure Blob container (the model store's layout under an optional prefix).</summary>
public sealed class AzureBlobModelRepository : ObjectStoreModelRepository
{
    private readonly BlobContainerClient _container;

    /// <summary>Reads <paramref name="container"/>, caching model files under <paramref name="cacheDirectory"/>.</summary>
    public AzureBlobModelRepository(BlobContainerClient container, string prefix, string cacheDirectory)
        : base(prefix, cacheDirectory)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    /// <inheritdoc/>
    public override string Location => $"{_container.Uri}/{Prefix}";

    /// <inheritdoc/>
    protected override async Task<IReadOnlyList<string>> ListFoldersAsync(string prefix, CancellationToken cancellationToken)
    {
        var folders = new List<string>();
        await foreach (var item in _container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", prefix, cancellationToken).ConfigureAwait(false))
        {
            if (item.IsPrefix)
            {
                folders.Add(item.Prefix[prefix.Length..].TrimEnd('/'));
            }
        }

        return folders;
    }

    /// <inheritdoc/>
    protected override async Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
        {
            keys.Add(blob.Name);
        }

        return keys;
    }

    /// <inheritdoc/>
    protected override async Task<string?> ReadTextAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _container.GetBlobClient(key).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return result.Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    protected override async Task DownloadAsync(string key, Stream destination, CancellationToken cancellationToken) =>
        await _container.GetBlobClient(key).DownloadToAsync(destination, cancellationToken).ConfigureAwait(false);
}
