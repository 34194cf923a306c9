using System.Net;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace MlPlatform.Registry;

/// <summary>
/// A registry store in an Azure Blob container. Conditional writes use blob ETags (<c>If-Match</c>, and
/// <c>If-None-Match: *</c> to create); a 412 or 409 becomes a <see cref="ConcurrentUpdateException"/>.
/// </summary>
public sealed class AzureBlobRegistryStore : IRegistryStore
{
    private readonly BlobContainerClient _container;
    private readonly string _prefix;

    public AzureBlobRegistryStore(BlobContainerClient container, string prefix)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(prefix);
        _container = container;
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
    }

    public string Location => $"az://{_container.AccountName}/{_container.Name}/{_prefix}";

    public async Task<StoredObject?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _container.GetBlobClient(_prefix + key).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new StoredObject(response.Value.Content.ToMemory(), response.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var conditions = new BlobRequestConditions();
        if (condition.IfAbsent)
        {
            conditions.IfNoneMatch = ETag.All;
        }

        if (condition.IfMatch is { } etag)
        {
            conditions.IfMatch = new ETag(etag);
        }

        try
        {
            var response = await _container.GetBlobClient(_prefix + key)
                .UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { Conditions = conditions }, cancellationToken)
                .ConfigureAwait(false);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
        {
            throw new ConcurrentUpdateException($"{Location}{key} changed since it was read ({e.ErrorCode})", e);
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, _prefix + prefix, cancellationToken).ConfigureAwait(false))
        {
            keys.Add(blob.Name[_prefix.Length..]);
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
