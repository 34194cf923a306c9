using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace MlPlatform.Inference.Repository;

/// <summary>A model repository in an S3 bucket (the model store's layout under an optional prefix).</summary>
public sealed class S3ModelRepository : ObjectStoreModelRepository
{
    private readonly IAmazonS3 _s3;
    private readonly string _bucket;

    /// <summary>Reads <paramref name="bucket"/> through <paramref name="s3"/>, caching model files under <paramref name="cacheDirectory"/>.</summary>
    public S3ModelRepository(IAmazonS3 s3, string bucket, string prefix, string cacheDirectory)
        : base(prefix, cacheDirectory)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        _s3 = s3;
        _bucket = bucket;
    }

    /// <inheritdoc/>
    public override string Location => $"s3://{_bucket}/{Prefix}";

    /// <inheritdoc/>
    protected override async Task<IReadOnlyList<string>> ListFoldersAsync(string prefix, CancellationToken cancellationToken)
    {
        var folders = new List<string>();
        await ListAsync(prefix, "/", response =>
        {
            foreach (var common in response.CommonPrefixes ?? [])
            {
                folders.Add(common[prefix.Length..].TrimEnd('/'));
            }
        }, cancellationToken).ConfigureAwait(false);
        return folders;
    }

    /// <inheritdoc/>
    protected override async Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await ListAsync(prefix, null, response => keys.AddRange((response.S3Objects ?? []).Select(o => o.Key)), cancellationToken).ConfigureAwait(false);
        return keys;
    }

    /// <inheritdoc/>
    protected override async Task<string?> ReadTextAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = key }, cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(response.ResponseStream);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    protected override async Task DownloadAsync(string key, Stream destination, CancellationToken cancellationToken)
    {
        using var response = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = key }, cancellationToken).ConfigureAwait(false);
        await response.ResponseStream.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    private async Task ListAsync(string prefix, string? delimiter, Action<ListObjectsV2Response> page, CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var response = await _s3.ListObjectsV2Async(
                new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix, Delimiter = delimiter, ContinuationToken = continuation },
                cancellationToken).ConfigureAwait(false);
            page(response);
            continuation = response.IsTruncated == true ? response.NextContinuationToken : null;
        }
        while (continuation is not null);
    }
}
