using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.PulumiSdk.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task MocksSeeKnownInputsAsPlainValues()
    {
        var mocks = new EchoMocks();
        await Deployment.TestAsync(mocks, new TestOptions(), () =>
        {
            _ = new TestBucket("b", new TestBucketArgs
            {
                BucketName = "data",
                SizeGiB = 20,
                Zones = { "a", "b" },
                Tags = { ["team"] = "vision" },
                Versioning = new TestVersioningArgs { Enabled = true, KeepDays = 30 },
            });
        });

        var inputs = mocks.Named("test:index/bucket:Bucket", "b").Inputs;
        Assert.Equal("data", inputs["bucketName"]);
        Assert.Equal(20.0, inputs["sizeGiB"]);
        Assert.Equal(["a", "b"], ((ImmutableArray<object>)inputs["zones"]).ToArray());
        Assert.Equal("vision", ((IReadOnlyDictionary<string, object>)inputs["tags"])["team"]);
        var versioning = (IReadOnlyDictionary<string, object>)inputs["versioning"];
        Assert.Equal(true, versioning["enabled"]);
        Assert.Equal(30.0, versioning["keepDays"]);
    }

    [Fact]
    public async Task UnknownInputsAreLeftOutAndSecretInputsAreUnwrapped()
    {
        var mocks = new EchoMocks();
        await Deployment.TestAsync(mocks, new TestOptions(), () =>
        {
            var first = new TestBucket("first", new TestBucketArgs { BucketName = "one" });
            _ = new TestBucket("second", new TestBucketArgs
            {
                BucketName = Output.CreateSecret("hidden"),
                Tags = { ["source"] = first.Arn },
            });
        });

        var inputs = mocks.Named("test:index/bucket:Bucket", "second").Inputs;
        Assert.Equal("hidden", inputs["bucketName"]);
        Assert.False(inputs.ContainsKey("tags"));
    }

    [Fact]
    public async Task OutputsComeFromTheMockStateConvertedToTheirTypes()
    {
        Output<int>? size = null;
        Output<ImmutableArray<string>>? zones = null;
        Output<ImmutableDictionary<string, string>>? tags = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions(), () =>
        {
            var bucket = new TestBucket("b", new TestBucketArgs { SizeGiB = 7, Zones = { "z1" }, Tags = { ["k"] = "v" } });
            size = bucket.SizeGiB;
            zones = bucket.Zones;
            tags = bucket.Tags;
        });

        Assert.Equal(7, await size!.GetAsync());
        Assert.Equal(["z1"], (await zones!.GetAsync()).ToArray());
        Assert.Equal("v", (await tags!.GetAsync())["k"]);
    }

    [Fact]
    public async Task ChildUrnsCarryTheParentTypeAsTheMockMonitorFormsThem()
    {
        Output<string>? childUrn = null, componentUrn = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions { ProjectName = "proj", StackName = "dev" }, () =>
        {
            var component = new TestComponent("store");
            componentUrn = component.Urn;
            childUrn = component.Bucket.Urn;
        });

        Assert.Equal("urn:pulumi:dev::proj::pulumi:pulumi:Stack$test:components:Storage::store", await componentUrn!.GetAsync());
        Assert.Equal("urn:pulumi:dev::proj::pulumi:pulumi:Stack$test:index/bucket:Bucket::store-bucket", await childUrn!.GetAsync());
    }

    [Fact]
    public async Task ComponentsRegisterTheirOutputs()
    {
        var mocks = new EchoMocks();
        await Deployment.TestAsync(mocks, new TestOptions { ProjectName = "proj", StackName = "dev" }, () => _ = new TestComponent("store"));

        var outputs = mocks.RegisteredOutputs["urn:pulumi:dev::proj::pulumi:pulumi:Stack$test:components:Storage::store"];
        Assert.Equal("store-data", await outputs["bucketName"].GetAsync());
        Assert.Contains(mocks.Resources, r => r.Type == "test:components:Storage" && r.Name == "store");
    }

    [Fact]
    public async Task IdIsKnownWhenTheMockReturnsOne()
    {
        Output<string>? id = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions(), () => id = new TestBucket("b").Id);

        Assert.Equal("b_id", await id!.GetAsync());
    }

    [Fact]
    public async Task ChildrenInheritTheProviderOfTheirComponent()
    {
        var mocks = new EchoMocks();
        await Deployment.TestAsync(mocks, new TestOptions { ProjectName = "proj", StackName = "dev" }, () =>
        {
            var provider = new TestProvider("cluster-a");
            _ = new TestComponent("store", new ComponentResourceOptions { Providers = { provider } });
            _ = new TestBucket("plain");
        });

        Assert.StartsWith("urn:pulumi:dev::proj::pulumi:pulumi:Stack$pulumi:providers:test::cluster-a::", mocks.Named("test:index/bucket:Bucket", "store-bucket").Provider, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(mocks.Named("test:index/bucket:Bucket", "plain").Provider));
    }

    [Fact]
    public async Task AnExceptionInTheProgramFailsTheRun()
    {
        static void Program()
        {
            _ = new TestBucket("b");
            throw new InvalidOperationException("pool 'train' has no GPUs");
        }

        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new EchoMocks(), new TestOptions(), Program));

        Assert.Contains("pool 'train' has no GPUs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogErrorFailsTheRun()
    {
        await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new EchoMocks(), new TestOptions(), () => Log.Error("policy violated")));
    }

    [Fact]
    public async Task DeploymentInstanceDescribesTheRun()
    {
        (string Stack, string Project, bool DryRun) seen = default;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions { ProjectName = "proj", StackName = "prod", IsPreview = false }, () =>
        {
            seen = (Deployment.Instance.StackName, Deployment.Instance.ProjectName, Deployment.Instance.IsDryRun);
        });

        Assert.Equal(("prod", "proj", false), seen);
    }
}
