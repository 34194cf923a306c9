using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Moq;

namespace MlPlatform.Registry.Tests;

/// <summary>
/// The S3 and Azure Blob stores through their SDKs' own types (IAmazonS3, BlobContainerClient/BlobClient test doubles
/// over one in-memory bucket with the services' conditional-write semantics): the registry's operations and races hold.
/// </summary>
public sealed class CloudStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Clouds => ["s3", "azure"];

    [Theory]
    [MemberData(nameof(Clouds))]
    public async Task RegisterCanaryPromoteAndRollBackWorkOnTheCloudStore(string cloud)
    {
        var bucket = new InMemoryBucket();
        var registry = new ModelRegistry(Store(cloud, bucket, "team-a/registry"));
        var lineage = new Dictionary<string, string> { [LineageKeys.TrainingJob] = "job-9", [LineageKeys.CodeCommit] = "abc1234" };

        await registry.RegisterAsync("m", _temp.Model("a", "w1"), lineage, new Dictionary<string, double> { ["accuracy"] = 0.9 }, "ci");
        await registry.RegisterAsync("m", _temp.Model("b", "w2"), lineage, new Dictionary<string, double> { ["accuracy"] = 0.95 }, "ci");
        await registry.PromoteAsync(new PromotionRequest("m", "1", RegistryLayout.Champion, "alice", []));
        await registry.PromoteAsync(new PromotionRequest("m", "2", RegistryLayout.Challenger, "alice", []));
        var canary = PrometheusText.Parse("""
            inference_requests_total{model="m",version="1",outcome="success"} 500
            inference_requests_total{model="m",version="2",outcome="success"} 150
            inference_request_duration_seconds_bucket{model="m",version="1",le="0.01"} 490
            inference_request_duration_seconds_bucket{model="m",version="1",le="+Inf"} 500
            inference_request_duration_seconds_bucket{model="m",version="2",le="0.01"} 147
            inference_request_duration_seconds_bucket{model="m",version="2",le="+Inf"} 150
            """, "snapshot");
        var promoted = await registry.PromoteAsync(new PromotionRequest("m", "2", RegistryLayout.Champion, "alice", [GateExpression.Parse("accuracy>=0.94")], canary));
        var back = await registry.RollbackAsync("m", "bob");

        Assert.True(promoted.Promoted, string.Join("; ", promoted.Gates));
        Assert.Equal(("2", "1"), (back.From, back.To));
        Assert.Equal("1"u8.ToArray(), bucket.Get("team-a/registry/aliases/m/stable")!.Value.Content);
        Assert.Equal("2"u8.ToArray(), bucket.Get("team-a/registry/aliases/m/canary")!.Value.Content);
        Assert.Equal("w2"u8.ToArray(), bucket.Get("team-a/registry/models/m/2/model.onnx")!.Value.Content);
        Assert.Equal("job-9", (await registry.LineageAsync("m", "2")).Lineage[LineageKeys.TrainingJob]);
        var audit = (await registry.ShowAsync("m")).Audit;
        Assert.Equal(["register", "register", "promote", "promote", "promote", "rollback"], audit.Select(a => a.Action).ToArray());
        Assert.Contains(audit[4].Gates!, g => g.StartsWith("PASS canary_requests=150", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Clouds))]
    public async Task ConcurrentPromotionsOnTheCloudStoreLoseNothing(string cloud)
    {
        var bucket = new InMemoryBucket();
        await new ModelRegistry(Store(cloud, bucket, string.Empty)).RegisterAsync("m", _temp.Model("a", "w1"), new Dictionary<string, string>(), new Dictionary<string, double>(), "ci");
        bucket.StallFirstReads("state.json", readers: 2);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            new ModelRegistry(Store(cloud, bucket, string.Empty)).PromoteAsync(new PromotionRequest("m", "1", $"alias-{i}", $"user-{i}", [])))));

        var summary = await new ModelRegistry(Store(cloud, bucket, string.Empty)).ShowAsync("m");
        Assert.Equal(12, summary.Aliases.Count);
        Assert.Equal(12, summary.Audit.Count(a => a.Action == "promote"));
        Assert.True(bucket.PreconditionFailures > 0, "the race was never exercised");
    }

    [Fact]
    public async Task AnS3PreconditionFailureIsAConcurrentUpdate()
    {
        var bucket = new InMemoryBucket();
        var store = Store("s3", bucket, string.Empty);
        await store.WriteAsync("k", "a"u8.ToArray(), WriteCondition.Absent);

        await Assert.ThrowsAsync<ConcurrentUpdateException>(() => store.WriteAsync("k", "b"u8.ToArray(), WriteCondition.Absent));
        await Assert.ThrowsAsync<ConcurrentUpdateException>(() => store.WriteAsync("k", "b"u8.ToArray(), WriteCondition.Matching("\"stale\"")));
        Assert.Equal("a"u8.ToArray(), (await store.ReadAsync("k"))!.Content.ToArray());
    }

    private static IRegistryStore Store(string cloud, InMemoryBucket bucket, string prefix) =>
        cloud == "s3" ? new S3RegistryStore(S3(bucket), "models", prefix) : new AzureBlobRegistryStore(Azure(bucket), prefix);

    private static IAmazonS3 S3(InMemoryBucket bucket)
    {
        var s3 = new Mock<IAmazonS3>(MockBehavior.Strict);
        s3.Setup(c => c.GetObjectAsync(It.IsAny<GetObjectRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GetObjectRequest r, CancellationToken _) => bucket.Get(r.Key) is { } found
                ? new GetObjectResponse { ResponseStream = new MemoryStream(found.Content), ETag = found.ETag }
                : throw new AmazonS3Exception("The specified key does not exist.", ErrorType.Sender, "NoSuchKey", "req", HttpStatusCode.NotFound));
        s3.Setup(c => c.PutObjectAsync(It.IsAny<PutObjectRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((PutObjectRequest r, CancellationToken _) =>
            {
                using var buffer = new MemoryStream();
                r.InputStream.CopyTo(buffer);
                return bucket.TryPut(r.Key, buffer.ToArray(), r.IfMatch, r.IfNoneMatch == "*", out var etag)
                    ? new PutObjectResponse { ETag = etag }
                    : throw new AmazonS3Exception("At least one of the pre-conditions you specified did not hold", ErrorType.Sender, "PreconditionFailed", "req", HttpStatusCode.PreconditionFailed);
            });
        s3.Setup(c => c.ListObjectsV2Async(It.IsAny<ListObjectsV2Request>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ListObjectsV2Request r, CancellationToken _) => new ListObjectsV2Response
            {
                S3Objects = [.. bucket.Keys(r.Prefix ?? string.Empty).Select(k => new S3Object { Key = k })],
                IsTruncated = false,
            });
        return s3.Object;
    }

    private static BlobContainerClient Azure(InMemoryBucket bucket)
    {
        var container = new Mock<BlobContainerClient>(MockBehavior.Strict);
        container.SetupGet(c => c.Name).Returns("models");
        container.SetupGet(c => c.AccountName).Returns("mlpstore");
        container.Setup(c => c.GetBlobClient(It.IsAny<string>())).Returns((string key) => Blob(bucket, key));
        container.Setup(c => c.GetBlobsAsync(BlobTraits.None, BlobStates.None, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((BlobTraits _, BlobStates _, string prefix, CancellationToken _) => AsyncPageable<BlobItem>.FromPages(
                [Page<BlobItem>.FromValues([.. bucket.Keys(prefix ?? string.Empty).Select(k => BlobsModelFactory.BlobItem(name: k))], null, Mock.Of<Response>())]));
        return container.Object;
    }

    private static BlobClient Blob(InMemoryBucket bucket, string key)
    {
        var blob = new Mock<BlobClient>(MockBehavior.Strict);
        blob.Setup(b => b.DownloadContentAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync((CancellationToken _) => bucket.Get(key) is { } found
                ? Response.FromValue(BlobsModelFactory.BlobDownloadResult(BinaryData.FromBytes(found.Content), BlobsModelFactory.BlobDownloadDetails(eTag: new ETag(found.ETag))), Mock.Of<Response>())
                : throw new RequestFailedException(404, "The specified blob does not exist.", "BlobNotFound", null));
        blob.Setup(b => b.UploadAsync(It.IsAny<BinaryData>(), It.IsAny<BlobUploadOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((BinaryData content, BlobUploadOptions options, CancellationToken _) =>
                bucket.TryPut(key, content.ToArray(), options.Conditions?.IfMatch?.ToString(), options.Conditions?.IfNoneMatch == ETag.All, out var etag)
                    ? Response.FromValue(BlobsModelFactory.BlobContentInfo(new ETag(etag), DateTimeOffset.UtcNow, null, null, null, null, 0), Mock.Of<Response>())
                    : throw new RequestFailedException(412, "The condition specified using HTTP conditional header(s) is not met.", "ConditionNotMet", null));
        return blob.Object;
    }
}
