using MlPlatform.Testing;
using Pulumi;

namespace MlPlatform.Infra.Tests;

public sealed class PlatformStackTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task CommittedStacksRunAndExportTheContractBasics(string stack)
    {
        var (resources, _) = await PlatformRun.RunAsync(stack);

        var platform = Assert.Single(resources.OfType<PlatformStack>());
        Assert.Equal(stack, await platform.Environment.GetAsync());
        Assert.Equal("aws", await platform.Cloud.GetAsync());
        Assert.Equal(PlatformStack.OutputsContractVersion, await platform.ContractVersion.GetAsync());
    }

    [Fact]
    public async Task AnInvalidConfigFailsTheRunBeforeAnyResourceWithEveryProblemListed()
    {
        var overrides = new Dictionary<string, string>
        {
            ["gpuPools"] = """[{"name":"l4","instanceTypes":["g6.xlarge","g6.2xlarge","g6.4xlarge"],"minNodes":4,"maxNodes":2}]""",
            ["budget"] = """{"monthlyLimitUsd":100,"recipients":["ops"]}""",
        };

        var error = await Assert.ThrowsAsync<RunException>(() => PlatformRun.RunAsync("dev", overrides));

        Assert.Contains("mlplatform:gpuPools[0].maxNodes must be >= minNodes (got 2 < 4)", error.Message, StringComparison.Ordinal);
        Assert.Contains("mlplatform:budget.recipients[0] must be an e-mail address (got 'ops')", error.Message, StringComparison.Ordinal);
    }
}
