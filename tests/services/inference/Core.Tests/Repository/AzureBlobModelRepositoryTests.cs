using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Tests.Support;
using Moq;

namespace MlPlatform.Inference.Tests.Repository;

public sealed class AzureBlobModelRepositoryTests
{
    private static Mock<BlobContainerClient> Container(IReadOnlyDictionary<string, byte[]> objects)
    {
        var names = objects.Keys.Order(StringComparer.Ordinal).ToList();
        var container = new Mock<BlobContainerClient>();
        container.SetupGet(c => c.Uri).Returns(new Uri("https://account.blob.core.windows.net/models"));
        container.Setup(c => c.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((BlobTraits _, BlobStates _, string _, string prefix, CancellationToken _) =>
            {
                var items = names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                    .Select(n => prefix + n[prefix.Length..].Split('/')[0] + "/")
                    .Distinct()
                    .Select(p => BlobsModelFactory.BlobHierarchyItem(p, null))
                    .ToList();
                return AsyncPageable<BlobHierarchyItem>.FromPages([Page<BlobHierarchyItem>.FromValues(items, null, Mock.Of<Response>())]);
            });
        container.Setup(c => c.GetBlobsAsync(BlobTraits.None, BlobStates.None, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((BlobTraits _, BlobStates _, string prefix, CancellationToken _) =>
            {
                var items = names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => BlobsModelFactory.BlobItem(name: n)).ToList();
                return AsyncPageable<BlobItem>.FromPages([Page<BlobItem>.FromValues(items, null, Mock.Of<Response>())]);
            });
        container.Setup(c => c.GetBlobClient(It.IsAny<string>())).Returns((string name) =>
        {
            var blob = new Mock<BlobClient>();
            if (objects.TryGetValue(name, out var bytes))
            {
                blob.Setup(b => b.DownloadContentAsync(It.IsAny<CancellationToken>()))
                    .ReturnsAsync(Response.FromValue(BlobsModelFactory.BlobDownloadResult(content: BinaryData.FromBytes(bytes)), Mock.Of<Response>()));
                blob.Setup(b => b.DownloadToAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
                    .Returns(async (Stream s, CancellationToken ct) =>
                    {
                        await s.WriteAsync(bytes, ct);
                        return Mock.Of<Response>();
                    });
            }
            else
            {
                blob.Setup(b => b.DownloadContentAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new RequestFailedException(404, "BlobNotFound"));
                blob.Setup(b => b.DownloadToAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>())).ThrowsAsync(new RequestFailedException(404, "BlobNotFound"));
            }

            return blob.Object;
        });
        return container;
    }

    [Fact]
    public async Task ReadsTheLayoutThroughHierarchyListingAndDownloads()
    {
        using var cache = new TempDirectory();

        await RepositoryContract.AssertReadsTheLayoutAsync(new AzureBlobModelRepository(Container(RepositoryContract.Objects).Object, string.Empty, cache.Path));
    }

    [Fact]
    public async Task APrefixIsPrependedToEveryKey()
    {
        using var cache = new TempDirectory();
        var prefixed = RepositoryContract.Objects.ToDictionary(kv => "team-a/" + kv.Key, kv => kv.Value);

        await RepositoryContract.AssertReadsTheLayoutAsync(new AzureBlobModelRepository(Container(prefixed).Object, "team-a", cache.Path));
    }
}
