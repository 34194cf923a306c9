using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.PulumiSdk.Tests;

/// <summary>Corners where a stand-in could drift from the real SDK; each was checked against the real one.</summary>
public sealed class EngineEdgeCaseTests
{
    [Fact]
    public async Task EveryFailureSeenBeforeTheRunnerChecksIsReportedTogether()
    {
        static async Task Program()
        {
            _ = Output.Create(1).Apply(Fail("first"));
            _ = Output.Create(2).Apply(Fail("second"));

            // The runner notes a failed task in a continuation on the thread pool; by the time it checks, it has seen both.
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        var error = await Assert.ThrowsAsync<AggregateException>(() => Deployment.TestAsync(new EchoMocks(), new TestOptions(), Program));

        Assert.Equal(2, error.InnerExceptions.Count);
        Assert.All(error.InnerExceptions, e => Assert.IsType<RunException>(e));
        Assert.Contains(error.InnerExceptions, e => e.Message.Contains("first", StringComparison.Ordinal));
        Assert.Contains(error.InnerExceptions, e => e.Message.Contains("second", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailureEndsTheRunWithoutWaitingForWorkStillPending()
    {
        var never = new TaskCompletionSource<int>();

        static async Task<int> FailLaterAsync()
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            throw new InvalidOperationException("late");
        }

        void Program()
        {
            _ = Output.Create(never.Task);
            _ = Output.Create(FailLaterAsync());
        }

        var run = Deployment.TestAsync(new EchoMocks(), new TestOptions(), Program);

        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run, "the run waited for a task that never finishes");
        var error = await Assert.ThrowsAsync<RunException>(() => run);
        Assert.Contains("late", error.Message, StringComparison.Ordinal);
    }

    private static Func<int, int> Fail(string message) => _ => throw new InvalidOperationException(message);

    [Fact]
    public void LoggingOutsideARunIsAnError() =>
        Assert.Throws<InvalidOperationException>(() => Log.Info("no deployment"));

    [Fact]
    public async Task GetAtOutOfRangeFailsTheRun()
    {
        static void Program() => _ = Output.Create(ImmutableArray.Create("a")).GetAt(3);

        await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new EchoMocks(), new TestOptions(), Program));
    }

    [Fact]
    public async Task AMockValueOfTheWrongTypeBecomesTheDefault()
    {
        var mocks = new EchoMocks();
        mocks.ComputedOutputs["test:index/bucket:Bucket"] = _ => new Dictionary<string, object> { ["sizeGiB"] = "many" };
        Output<int>? size = null;

        await Deployment.TestAsync(mocks, new TestOptions(), () => size = new TestBucket("b").SizeGiB);

        Assert.Equal(0, await size!.GetAsync());
    }

    [Fact]
    public async Task AnInputWithAnUnknownAnywhereInsideIsLeftOutOfTheMockInputsWhole()
    {
        var mocks = new EchoMocks();

        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = true }, () =>
        {
            // The ARN is computed by the provider: unknown during a preview, since the mock does not return it.
            var source = new TestBucket("source");
            _ = new TestBucket("copy", new TestBucketArgs
            {
                BucketName = "copy",
                Tags = new InputMap<string> { ["owner"] = "ml", ["source"] = source.Arn },
                Zones = { "a", source.Arn },
                Versioning = new TestVersioningArgs { Enabled = true, KeepDays = 7 },
            });
        });

        var inputs = mocks.Named("test:index/bucket:Bucket", "copy").Inputs;
        Assert.Equal("copy", inputs["bucketName"]);
        Assert.True(inputs.ContainsKey("versioning"));
        Assert.False(inputs.ContainsKey("tags"));
        Assert.False(inputs.ContainsKey("zones"));
    }

    [Fact]
    public async Task AResourceWithAnIdInItsOptionsIsReadByThatId()
    {
        var mocks = new EchoMocks();
        Output<string>? id = null;

        await Deployment.TestAsync(mocks, new TestOptions(), () => id = new TestBucket("existing", null, new CustomResourceOptions { Id = "bucket-123" }).Id);

        Assert.Equal("bucket-123", mocks.Named("test:index/bucket:Bucket", "existing").Id);
        Assert.Equal("bucket-123", await id!.GetAsync());
    }

    [Fact]
    public async Task RootDirectoryIsOnlyKnownWhenTheRunWasGivenOne()
    {
        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new EchoMocks(), new TestOptions(), () => _ = Deployment.Instance.RootDirectory));
        string? root = null;
        await Deployment.TestAsync(new EchoMocks(), new TestOptions { RootDirectory = "/repo" }, () => root = Deployment.Instance.RootDirectory);

        Assert.Contains("root directory", error.Message, StringComparison.Ordinal);
        Assert.Equal("/repo", root);
    }

    [Fact]
    public async Task TheFunctionFormReturnsItsOutputsWithoutRegisteringThem()
    {
        var mocks = new EchoMocks();

        var (_, outputs) = await Deployment.TestAsync(mocks, new TestOptions(), () => new Dictionary<string, object?> { ["answer"] = 42 });

        Assert.Equal(42, outputs["answer"]);
        Assert.All(mocks.RegisteredOutputs.Values, o => Assert.Empty(o));
    }

    [Fact]
    public async Task StackReferenceOutputsAreSecretOnlyWhenTheReferencedStackSaysSo()
    {
        var mocks = new EchoMocks();
        mocks.ComputedOutputs["pulumi:pulumi:StackReference"] = _ => new Dictionary<string, object>
        {
            ["outputs"] = new Dictionary<string, object> { ["clusterName"] = "mlp-dev", ["kubeconfig"] = "apiVersion: v1" },
            ["secretOutputNames"] = new[] { "kubeconfig" },
        };
        Output<object?>? name = null, kubeconfig = null;

        await Deployment.TestAsync(mocks, new TestOptions(), () =>
        {
            var platform = new StackReference("acme/mlplatform/dev");
            name = platform.GetOutput("clusterName");
            kubeconfig = platform.GetOutput("kubeconfig");
        });

        Assert.Equal("mlp-dev", await name!.GetAsync());
        Assert.False(await name!.IsSecretAsync());
        Assert.True(await kubeconfig!.IsSecretAsync());
        Assert.Equal("acme/mlplatform/dev", mocks.Named("pulumi:pulumi:StackReference", "acme/mlplatform/dev").Id);
    }
}
