using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace MlPlatform.Registry;

/// <summary>
/// A registry store in an S3 bucket. Conditional writes use S3's own: <c>If-None-Match: *</c> to create and
/// <c>If-Match: &lt;ETag&gt;</c> to replace; S3 answers 412 (or 409 when two conditional writes race), which becomes a
/// <see cref="ConcurrentUpdateException"/>.
/// </summary>
public sealed class S3RegistryStore : IRegistryStore
{
    private readonly IAmazonS3 _s3;
    private readonly string _bucket;
    private readonly string _prefix;

    public S3RegistryStore(IAmazonS3 s3, string bucket, string prefix)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentNullException.ThrowIfNull(prefix);
        _s3 = s3;
        _bucket = bucket;
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
    }

    public string Location => $"s3://{_bucket}/{_prefix}";

    public async Task<StoredObject?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = _prefix + key }, cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return new StoredObject(buffer.ToArray(), response.ETag);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var request = new PutObjectRequest
        {
            BucketName = _bucket,
            Key = _prefix + key,
            InputStream = new MemoryStream(content.ToArray(), writable: false),
            AutoCloseStream = true,
        };
        if (condition.IfAbsent)
        {
            request.IfNoneMatch = "*";
        }

        if (condition.IfMatch is { } etag)
        {
            request.IfMatch = etag;
        }

        try
        {
            var response = await _s3.PutObjectAsync(request, cancellationToken).ConfigureAwait(false);
            return response.ETag;
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
        {
            throw new ConcurrentUpdateException($"{Location}{key} changed since it was read ({e.ErrorCode})", e);
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = _prefix + prefix };
        ListObjectsV2Response response;
        do
        {
            response = await _s3.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            keys.AddRange((response.S3Objects ?? []).Select(o => o.Key[_prefix.Length..]));
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
