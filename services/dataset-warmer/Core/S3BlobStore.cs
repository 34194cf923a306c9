using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace MlPlatform.DatasetWarmer;

/// <summary>Objects of an S3 bucket below a prefix; credentials come from the default chain (EKS Pod Identity on nodes).</summary>
public sealed class S3BlobStore : IBlobStore
{
    private readonly IAmazonS3 _client;
    private readonly string _bucket;
    private readonly string _prefix;

    public S3BlobStore(IAmazonS3 client, string bucket, string prefix = "")
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _bucket = bucket;
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
    }

    public string Location => $"s3://{_bucket}/{_prefix}";

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = _prefix + key }, cancellationToken).ConfigureAwait(false);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new BlobNotFoundException(Location, key);
        }
    }
}
