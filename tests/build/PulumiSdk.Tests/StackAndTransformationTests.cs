using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.PulumiSdk.Tests;

public sealed class StackAndTransformationTests
{
    [Fact]
    public async Task StackTransformationsSeeEveryResourceIncludingComponentChildren()
    {
        TransformingStack.Seen.Clear();
        await Deployment.TestAsync<TransformingStack>(new EchoMocks(), new TestOptions());

        Assert.Contains("test:components:Storage/store", TransformingStack.Seen);
        Assert.Contains("test:index/bucket:Bucket/store-bucket", TransformingStack.Seen);
    }

    [Fact]
    public async Task TransformationsCanRewriteArgs()
    {
        var mocks = new EchoMocks();
        await Deployment.TestAsync<TransformingStack>(mocks, new TestOptions());

        Assert.Equal(true, ((IReadOnlyDictionary<string, object>)mocks.Named("test:index/bucket:Bucket", "store-bucket").Inputs["versioning"])["enabled"]);
    }

    [Fact]
    public async Task StackOutputPropertiesAreRegistered()
    {
        var mocks = new EchoMocks();
        await Deployment.TestAsync<OutputStack>(mocks, new TestOptions { ProjectName = "proj", StackName = "dev" });

        var outputs = mocks.RegisteredOutputs["urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev"];
        Assert.Equal("store-data", await outputs["bucketName"].GetAsync());
        Assert.True(await outputs["password"].IsSecretAsync());
    }

    [Fact]
    public async Task AnUnknownSecretStackOutputReachesTheMockAsUnknownAndNotSecret()
    {
        var mocks = new EchoMocks();
        var resources = await Deployment.TestAsync<UnknownSecretStack>(mocks, new TestOptions { ProjectName = "proj", StackName = "dev", IsPreview = true });

        // The serializer writes the bare unknown marker before it would wrap a secret; the stack's own output knows.
        var outputs = mocks.RegisteredOutputs["urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev"];
        Assert.False((await outputs["credentials"].GetWithKnownAsync()).Known);
        Assert.False(await outputs["credentials"].IsSecretAsync());
        Assert.True(await outputs["password"].IsSecretAsync());
        Assert.True(await resources.OfType<UnknownSecretStack>().Single().Credentials.IsSecretAsync());
    }

    [Fact]
    public async Task ResourcesOfTheRunAreReturned()
    {
        var resources = await Deployment.TestAsync<OutputStack>(new EchoMocks(), new TestOptions());

        Assert.Contains(resources, r => r is TestBucket);
        Assert.Contains(resources, r => r is Stack);
    }

    public sealed class TransformingStack : Stack
    {
        public TransformingStack()
            : base(new StackOptions { ResourceTransformations = { Record, EnableVersioning } })
        {
            _ = new TestComponent("store");
        }

        // Static only so the test can read what the stack's transformation saw; tests run serially.
        public static List<string> Seen { get; } = [];

        private static ResourceTransformationResult? Record(ResourceTransformationArgs args)
        {
            Seen.Add($"{args.Resource.GetResourceType()}/{args.Resource.GetResourceName()}");
            return null;
        }

        private static ResourceTransformationResult? EnableVersioning(ResourceTransformationArgs args) =>
            args.Args is TestBucketArgs bucket
                ? new ResourceTransformationResult(new TestBucketArgs { BucketName = bucket.BucketName, Versioning = new TestVersioningArgs { Enabled = true } }, args.Options)
                : null;
    }

    public sealed class OutputStack : Stack
    {
        public OutputStack()
        {
            BucketName = new TestComponent("store").BucketName;
            Password = Output.CreateSecret("s3cret");
        }

        [Output("bucketName")]
        public Output<string> BucketName { get; private set; }

        [Output("password")]
        public Output<string> Password { get; private set; }
    }

    public sealed class UnknownSecretStack : Stack
    {
        public UnknownSecretStack()
        {
            // The mock does not return the ARN: unknown during a preview.
            Credentials = Output.CreateSecret(new TestBucket("vault").Arn);
            Password = Output.CreateSecret("s3cret");
        }

        [Output("credentials")]
        public Output<string> Credentials { get; private set; }

        [Output("password")]
        public Output<string> Password { get; private set; }
    }
}
