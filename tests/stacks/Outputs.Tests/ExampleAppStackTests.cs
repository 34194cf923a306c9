using System.Collections.Immutable;
using MlPlatform.Stacks.ExampleApp;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Stacks.Outputs.Tests;

public sealed class ExampleAppStackTests
{
    private const string StackReferenceType = "pulumi:pulumi:StackReference";

    private static EchoMocks Mocks(ImmutableDictionary<string, object> outputs)
    {
        var mocks = new EchoMocks();
        mocks.ComputedOutputs[StackReferenceType] = _ => new Dictionary<string, object>
        {
            ["outputs"] = outputs,
            ["secretOutputNames"] = ImmutableArray.Create<object>(PlatformOutputNames.Kubeconfig),
        };
        return mocks;
    }

    private static ImmutableDictionary<string, object> StackOutputs(PlatformOutputs outputs) =>
        PlatformOutputsWriter.ToValues(outputs).ToImmutableDictionary(
            kv => kv.Key,
            kv => kv.Value switch
            {
                ImmutableDictionary<string, string> map => map.ToImmutableDictionary(p => p.Key, p => (object)p.Value),
                ImmutableArray<string> list => list.Cast<object>().ToImmutableArray(),
                var other => other,
            });

    [Fact]
    public async Task AppReadsThePlatformThroughAStackReference()
    {
        var mocks = Mocks(StackOutputs(Contract.Sample));
        using var config = new StackConfigScope(new Dictionary<string, string> { ["project:platformStack"] = "acme/mlplatform/dev" });
        await Deployment.TestAsync<ExampleAppStack>(mocks, new TestOptions { IsPreview = false, ProjectName = "project" });

        var reference = Assert.Single(mocks.OfType(StackReferenceType));
        Assert.Equal("acme/mlplatform/dev", reference.Inputs["name"]);
        var configMap = Assert.Single(mocks.OfType("kubernetes:core/v1:ConfigMap")).Inputs;
        var data = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(configMap["data"]);
        Assert.Equal("https://models.dev.example.com/v2/models/ocr-cls/infer", data["INFER_URL"]);
        Assert.Equal(Contract.Sample.SchedulerUrl, data["SCHEDULER_URL"]);
        var provider = Assert.Single(mocks.OfType("pulumi:providers:kubernetes")).Inputs;
        Assert.Equal(Contract.Sample.Kubeconfig, provider["kubeconfig"]);
    }

    [Fact]
    public async Task AppFailsClearlyWhenThePlatformLacksAnOutput()
    {
        var mocks = Mocks(StackOutputs(Contract.Sample).Remove(PlatformOutputNames.SchedulerUrl));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync<ExampleAppStack>(mocks, new TestOptions { IsPreview = false }));
        Assert.Contains(PlatformOutputNames.SchedulerUrl, Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join("\n", aggregate.InnerExceptions.Select(Flatten))
            : error.ToString();
}
