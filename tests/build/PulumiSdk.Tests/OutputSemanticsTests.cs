using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.PulumiSdk.Tests;

public sealed class OutputSemanticsTests
{
    [Fact]
    public async Task ApplyTransformsAKnownValue()
    {
        Output<string>? result = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions(), () =>
        {
            var bucket = new TestBucket("b", new TestBucketArgs { BucketName = "data" });
            result = bucket.BucketName.Apply(n => n.ToUpperInvariant());
        });

        Assert.Equal("DATA", await result!.GetAsync());
    }

    [Fact]
    public async Task ApplyDoesNotRunOnAValueUnknownDuringPreview()
    {
        var ran = false;
        Output<string>? result = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions { IsPreview = true }, () =>
        {
            // The mock echoes inputs only, so the provider-computed ARN is unknown in a preview.
            var bucket = new TestBucket("b", new TestBucketArgs { BucketName = "data" });
            result = bucket.Arn.Apply(arn =>
            {
                ran = true;
                return arn + "/*";
            });
        });

        var (known, _) = await result!.GetWithKnownAsync();
        Assert.False(known);
        Assert.False(ran);
    }

    [Fact]
    public async Task OutputsTheMockDoesNotReturnAreKnownDefaultsInAnUpdate()
    {
        Output<string>? arn = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions { IsPreview = false }, () =>
        {
            arn = new TestBucket("b", new TestBucketArgs { BucketName = "data" }).Arn;
        });

        var (known, value) = await arn!.GetWithKnownAsync();
        Assert.True(known);
        Assert.Null(value);
    }

    [Fact]
    public async Task SecretnessPropagatesThroughApplyAllTupleAndFormat()
    {
        Output<string>? applied = null, formatted = null;
        Output<ImmutableArray<string>>? all = null;
        Output<(string, int)>? tuple = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions(), () =>
        {
            var secret = Output.CreateSecret("p@ss");
            applied = secret.Apply(s => s.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            formatted = Output.Format($"postgres://app:{secret}@db");
            all = Output.All(Output.Create("a"), secret);
            tuple = Output.Tuple(secret, Output.Create(1));
        });

        Assert.True(await applied!.IsSecretAsync());
        Assert.True(await formatted!.IsSecretAsync());
        Assert.True(await all!.IsSecretAsync());
        Assert.True(await tuple!.IsSecretAsync());
        Assert.Equal("postgres://app:p@ss@db", await formatted!.GetAsync());
    }

    [Fact]
    public async Task UnsecretRemovesSecretnessAndCreateKeepsPlainValuesPlain()
    {
        Output<string>? plain = null, unsecret = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions(), () =>
        {
            plain = Output.Create("x");
            unsecret = Output.Unsecret(Output.CreateSecret("y"));
        });

        Assert.False(await plain!.IsSecretAsync());
        Assert.False(await unsecret!.IsSecretAsync());
        Assert.Equal("y", await unsecret!.GetAsync());
    }

    [Fact]
    public async Task AllKeepsOrderAndIsUnknownIfAnyInputIsUnknown()
    {
        Output<ImmutableArray<string>>? known = null, partlyUnknown = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions(), () =>
        {
            var bucket = new TestBucket("b", new TestBucketArgs { BucketName = "data" });
            known = Output.All(Output.Create("1"), bucket.BucketName, Output.Create("3"));
            partlyUnknown = Output.All(bucket.BucketName, bucket.Arn);
        });

        Assert.Equal(["1", "data", "3"], (await known!.GetAsync()).ToArray());
        Assert.False((await partlyUnknown!.GetWithKnownAsync()).Known);
    }

    [Fact]
    public async Task ApplyReturningAnOutputFlattensIt()
    {
        Output<string>? nested = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions(), () =>
        {
            nested = Output.Create("a").Apply(a => Output.Create(a + "b"));
        });

        Assert.Equal("ab", await nested!.GetAsync());
    }
}
