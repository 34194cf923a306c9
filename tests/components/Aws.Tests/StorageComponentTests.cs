using System.Text.Json;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Aws.Tests;

public sealed class StorageComponentTests
{
    private static async Task<EchoMocks> DeployAsync(Action program)
    {
        var mocks = AwsTestEnvironment.Mocks();
        await Deployment.TestAsync(mocks, new TestOptions(), program);
        return mocks;
    }

    private static ModelStoreArgs ModelArgs => new() { NamePrefix = "mlp-dev", Tags = AwsTestEnvironment.Tags, NoncurrentVersionExpiryDays = 45 };

    private static DatasetCacheArgs CacheArgs => new()
    {
        NamePrefix = "mlp-dev",
        Tags = AwsTestEnvironment.Tags,
        ClusterName = "mlp-dev",
        Prefetch = ["imagenet@v3"],
    };

    [Theory]
    [InlineData("model-store")]
    [InlineData("dataset-cache")]
    public async Task BucketsArePrivateEncryptedVersionedAndTlsOnly(string component)
    {
        var mocks = await DeployAsync(() =>
        {
            _ = component == "model-store" ? (ComponentResource)new ModelStore("store", ModelArgs) : new DatasetCache("store", CacheArgs);
        });

        var block = Assert.Single(mocks.OfType("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")).Inputs;
        Assert.All(["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"], k => Assert.Equal(true, block[k]));
        var rule = (IReadOnlyDictionary<string, object>)Assert.Single(Assert.Single(mocks.OfType("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")).Inputs.List("rules"));
        Assert.Equal("aws:kms", rule.Object("applyServerSideEncryptionByDefault")["sseAlgorithm"]);
        Assert.StartsWith("arn:aws:kms:", (string)rule.Object("applyServerSideEncryptionByDefault")["kmsMasterKeyId"], StringComparison.Ordinal);
        Assert.Equal("Enabled", Assert.Single(mocks.OfType("aws:s3/bucketVersioning:BucketVersioning")).Inputs.Object("versioningConfiguration")["status"]);
        using var policy = JsonDocument.Parse((string)Assert.Single(mocks.OfType("aws:s3/bucketPolicy:BucketPolicy")).Inputs["policy"]);
        var statement = policy.RootElement.GetProperty("Statement")[0];
        Assert.Equal("Deny", statement.GetProperty("Effect").GetString());
        Assert.Equal("false", statement.GetProperty("Condition").GetProperty("Bool").GetProperty("aws:SecureTransport").GetString());
    }

    [Fact]
    public async Task ModelStoreExpiresNoncurrentVersionsAfterTheConfiguredDays()
    {
        var mocks = await DeployAsync(() => _ = new ModelStore("store", ModelArgs));

        var rules = Assert.Single(mocks.OfType("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration")).Inputs.List("rules").Cast<IReadOnlyDictionary<string, object>>();
        var noncurrent = rules.Single(r => r.ContainsKey("noncurrentVersionExpiration"));
        Assert.Equal(45.0, noncurrent.Object("noncurrentVersionExpiration")["noncurrentDays"]);
    }

    [Fact]
    public async Task ModelStoreReadOnlyPolicyCannotWriteAndReadWritePolicyCan()
    {
        var mocks = await DeployAsync(() => _ = new ModelStore("store", ModelArgs));

        var readOnly = (string)mocks.Named("aws:iam/policy:Policy", "store-read").Inputs["policy"];
        var readWrite = (string)mocks.Named("aws:iam/policy:Policy", "store-write").Inputs["policy"];
        Assert.DoesNotContain("s3:PutObject", readOnly, StringComparison.Ordinal);
        Assert.Contains("s3:GetObject", readOnly, StringComparison.Ordinal);
        Assert.Contains("s3:PutObject", readWrite, StringComparison.Ordinal);
        Assert.Contains("kms:GenerateDataKey", readWrite, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelStoreUriIsTheBucket()
    {
        ModelStore? store = null;
        await DeployAsync(() => store = new ModelStore("store", ModelArgs));

        Assert.Equal("s3://mlp-dev-models-abc123", await store!.Uri.GetAsync());
    }

    [Fact]
    public async Task DatasetWarmerAssumesItsRoleThroughPodIdentity()
    {
        var mocks = await DeployAsync(() => _ = new DatasetCache("cache", CacheArgs));

        var association = Assert.Single(mocks.OfType("aws:eks/podIdentityAssociation:PodIdentityAssociation")).Inputs;
        Assert.Equal("mlplatform-node", association["namespace"]);
        Assert.Equal("dataset-warmer", association["serviceAccount"]);
        var trust = (string)mocks.Named("aws:iam/role:Role", "cache-warmer").Inputs["assumeRolePolicy"];
        Assert.Contains("pods.eks.amazonaws.com", trust, StringComparison.Ordinal);
    }

    [Fact]
    public void DatasetCacheArgsReportEveryBadField()
    {
        var args = new DatasetCacheArgs
        {
            NamePrefix = "p",
            Tags = AwsTestEnvironment.Tags,
            MountPath = "relative/path",
            MaxSizeGiB = 0,
            Prefetch = ["no-version"],
            WarmerImage = "warmer:latest",
        };

        var paths = DatasetCache.Validate(args).Select(e => e.Path).ToList();

        Assert.Equal(["datasetCache.mountPath", "datasetCache.maxSizeGiB", "datasetCache.prefetch[0]", "services.datasetWarmer.image"], paths);
    }
}
