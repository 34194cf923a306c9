using Amazon.S3;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace MlPlatform.DatasetWarmer;

/// <summary>Picks the store from its URI: <c>s3://bucket[/prefix]</c> or <c>https://account.blob.core.windows.net/container[/prefix]</c>.</summary>
public static class BlobStoreFactory
{
    public static IBlobStore Create(string uri)
    {
        var (kind, container, prefix) = ParseUri(uri);
        return kind switch
        {
            "s3" => new S3BlobStore(new AmazonS3Client(), container, prefix),
            _ => new AzureBlobStore(new BlobContainerClient(new Uri(container), new DefaultAzureCredential()), prefix),
        };
    }

    /// <summary>Splits a store URI into its kind (<c>s3</c>, <c>azure</c>), bucket or container URL, and prefix.</summary>
    public static (string Kind, string Container, string Prefix) ParseUri(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new FormatException($"store '{uri}' must be s3://bucket[/prefix] or https://<account>.blob.core.windows.net/<container>[/prefix]");
        }

        var path = parsed.AbsolutePath.Trim('/');
        if (parsed.Scheme == "s3" && parsed.Host.Length > 0)
        {
            return ("s3", parsed.Host, path);
        }

        if (parsed.Scheme == Uri.UriSchemeHttps && parsed.Host.EndsWith(".blob.core.windows.net", StringComparison.OrdinalIgnoreCase) && path.Length > 0)
        {
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var container = slash < 0 ? path : path[..slash];
            var prefix = slash < 0 ? string.Empty : path[(slash + 1)..];
            return ("azure", $"https://{parsed.Host}/{container}", prefix);
        }

        throw new FormatException($"store '{uri}' must be s3://bucket[/prefix] or https://<account>.blob.core.windows.net/<container>[/prefix]");
    }
}
