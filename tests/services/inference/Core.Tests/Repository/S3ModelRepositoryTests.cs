using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Tests.Support;
using Moq;

namespace MlPlatform.Inference.Tests.Repository;

public sealed class S3ModelRepositoryTests
{
    private const string Bucket = "models-bucket";
    private const string Prefix = "store/";

    private static Mock<IAmazonS3> Bucketed(IReadOnlyDictionary<string, byte[]> objects)
    {
        var keys = objects.Keys.Select(k => Prefix + k).Order(StringComparer.Ordinal).ToList();
        var s3 = new Mock<IAmazonS3>(MockBehavior.Strict);
        s3.Setup(x => x.ListObjectsV2Async(It.IsAny<ListObjectsV2Request>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ListObjectsV2Request r, CancellationToken _) =>
            {
                Assert.Equal(Bucket, r.BucketName);
                var matching = keys.Where(k => k.StartsWith(r.Prefix, StringComparison.Ordinal)).ToList();
                var response = new ListObjectsV2Response { S3Objects = [], CommonPrefixes = [] };
                if (r.Delimiter == "/")
                {
                    response.CommonPrefixes = matching.Select(k => r.Prefix + k[r.Prefix.Length..].Split('/')[0] + "/").Distinct().ToList();
                    return response;
                }

                // Two keys per page, so listing must follow continuation tokens.
                var start = r.ContinuationToken is null ? 0 : int.Parse(r.ContinuationToken, System.Globalization.CultureInfo.InvariantCulture);
                response.S3Objects = matching.Skip(start).Take(2).Select(k => new S3Object { Key = k }).ToList();
                response.IsTruncated = start + 2 < matching.Count;
                response.NextContinuationToken = (start + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return response;
            });
        s3.Setup(x => x.GetObjectAsync(It.IsAny<GetObjectRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GetObjectRequest r, CancellationToken _) => r.Key.StartsWith(Prefix, StringComparison.Ordinal) && objects.TryGetValue(r.Key[Prefix.Length..], out var bytes)
                ? new GetObjectResponse { ResponseStream = new MemoryStream(bytes) }
                : throw new AmazonS3Exception("The specified key does not exist.") { StatusCode = HttpStatusCode.NotFound });
        return s3;
    }

    [Fact]
    public async Task ReadsTheLayoutThroughListingAndGetObjectFollowingContinuationTokens()
    {
        using var cache = new TempDirectory();

        await RepositoryContract.AssertReadsTheLayoutAsync(new S3ModelRepository(Bucketed(RepositoryContract.Objects).Object, Bucket, "store", cache.Path));
    }

    [Fact]
    public async Task AModelFileIsDownloadedOnceThenServedFromTheCache()
    {
        using var cache = new TempDirectory();
        var s3 = Bucketed(RepositoryContract.Objects);
        var repository = new S3ModelRepository(s3.Object, Bucket, Prefix, cache.Path);

        var first = await repository.GetModelFileAsync("cls", "1");
        var second = await repository.GetModelFileAsync("cls", "1");

        Assert.Equal(first, second);
        Assert.StartsWith(cache.Path, first, StringComparison.Ordinal);
        s3.Verify(x => x.GetObjectAsync(It.Is<GetObjectRequest>(r => r.Key == "store/models/cls/1/model.onnx"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(first)!, "*.partial"));
    }

    [Fact]
    public async Task AFailedDownloadLeavesNoPartialFileBehind()
    {
        using var cache = new TempDirectory();
        var repository = new S3ModelRepository(Bucketed(RepositoryContract.Objects).Object, Bucket, Prefix, cache.Path);

        await Assert.ThrowsAsync<AmazonS3Exception>(() => repository.GetModelFileAsync("cls", "99"));

        Assert.Empty(Directory.GetFiles(cache.Path, "*", SearchOption.AllDirectories));
    }
}
