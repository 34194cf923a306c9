using Amazon.S3;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace MlPlatform.Registry;

/// <summary>
/// Opens a store from its location: a local directory, <c>s3://bucket/prefix</c> (the AWS SDK's default credentials and
/// region; <c>AWS_ENDPOINT_URL_S3</c> for an S3-compatible endpoint) or <c>az://account/container/prefix</c>
/// (<c>AZURE_STORAGE_CONNECTION_STRING</c> when set — Azurite, or a key —, else the default Azure credential: workload
/// identity in the cluster, the developer's login elsewhere).
/// </summary>
public static class RegistryStores
{
    public static IRegistryStore Open(string location, Func<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        environment ??= Environment.GetEnvironmentVariable;
        if (location.StartsWith("s3://", StringComparison.Ordinal))
        {
            var (bucket, prefix) = Split(location["s3://".Length..], 1, location);
            var config = new AmazonS3Config();
            if (environment("AWS_ENDPOINT_URL_S3") is { Length: > 0 } endpoint)
            {
                config.ServiceURL = endpoint;
                config.ForcePathStyle = true;
            }

            return new S3RegistryStore(new AmazonS3Client(config), bucket[0], prefix);
        }

        if (location.StartsWith("az://", StringComparison.Ordinal))
        {
            var (parts, prefix) = Split(location["az://".Length..], 2, location);
            var container = environment("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } connection
                ? new BlobContainerClient(connection, parts[1])
                : new BlobContainerClient(new Uri($"https://{parts[0]}.blob.core.windows.net/{parts[1]}"), new DefaultAzureCredential());
            return new AzureBlobRegistryStore(container, prefix);
        }

        if (location.Contains("://", StringComparison.Ordinal))
        {
            throw new RegistryException($"store '{location}' is not a directory, s3://bucket/prefix or az://account/container/prefix");
        }

        return new LocalDirectoryStore(location);
    }

    private static (string[] Parts, string Prefix) Split(string rest, int required, string location)
    {
        var segments = rest.Split('/', 2 + required - 1);
        var parts = segments.Take(required).ToArray();
        if (parts.Length < required || parts.Any(string.IsNullOrEmpty))
        {
            throw new RegistryException($"store '{location}' is missing its {(required == 1 ? "bucket" : "account or container")}");
        }

        return (parts, segments.Length > required ? segments[required] : string.Empty);
    }
}
