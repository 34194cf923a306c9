using Amazon;
using Amazon.S3;
using Azure.Storage.Blobs;
using MlPlatform.Inference.Api.Configuration;
using MlPlatform.Inference.Repository;

namespace MlPlatform.Inference.Api.Hosting;

/// <summary>Builds the configured <see cref="IModelRepository"/> back-end.</summary>
public static class RepositoryFactory
{
    /// <summary>Creates the repository for validated options.</summary>
    public static IModelRepository Create(RepositoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cache = options.CacheDirectory ?? Path.Combine(Path.GetTempPath(), "mlplatform-inference-cache");
        switch (options.Kind)
        {
            case RepositoryKind.S3:
                var config = new AmazonS3Config();
                if (options.Region is not null)
                {
                    config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
                }

                if (options.ServiceUrl is not null)
                {
                    config.ServiceURL = options.ServiceUrl;
                    config.ForcePathStyle = true;
                }

                return new S3ModelRepository(new AmazonS3Client(config), options.Bucket!, options.Prefix, Path.Combine(cache, "s3", options.Bucket!));
            case RepositoryKind.AzureBlob:
                var container = options.ContainerUri is not null
                    ? new BlobContainerClient(options.ContainerUri)
                    : new BlobContainerClient(options.ConnectionString, options.Container);
                return new AzureBlobModelRepository(container, options.Prefix, Path.Combine(cache, "azure", container.Name));
            default:
                return new LocalDirectoryModelRepository(options.Path!);
        }
    }
}
