namespace MlPlatform.Plan.Tests;

/// <summary>
/// Every config problem exits 2 from <c>plan</c> with its full <c>mlplatform:</c> path, whether the cloud-neutral
/// rules, a cloud's own rules or a component's range finds it.
/// </summary>
public sealed class PlanConfigPipelineTests
{
    [Fact]
    public async Task AnAzureOnlyRuleExitsWithTwoAndNamesTheFullPath()
    {
        var yaml = await Stack("dev-azure");
        var broken = yaml.Replace("    availabilityZones: 2\n", "    availabilityZones: 4\n", StringComparison.Ordinal);
        Assert.NotEqual(yaml, broken);

        var (code, text) = await PlanAsync("broken-azure", broken);

        Assert.Equal(2, code);
        Assert.Contains("mlplatform:cluster.availabilityZones must be at most 3 on azure (got 4)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AComponentRangeExitsWithTwoAndNamesTheFullPath()
    {
        var yaml = await Stack("dev");
        var broken = yaml.Replace("    networkCidr: 10.40.0.0/16\n", "    networkCidr: 10.40.0.0/21\n", StringComparison.Ordinal);
        Assert.NotEqual(yaml, broken);

        var (code, text) = await PlanAsync("broken-aws", broken);

        Assert.Equal(2, code);
        Assert.Contains("mlplatform:cluster.networkCidr must be an IPv4 CIDR with a prefix between /16 and /20 (got '10.40.0.0/21')", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProblemsFromSharedCloudAndComponentRulesAreListedTogether()
    {
        var yaml = await Stack("dev-azure");
        var broken = yaml.Replace("    availabilityZones: 2\n", "    availabilityZones: 4\n", StringComparison.Ordinal)
            .Replace("    networkCidr: 10.40.0.0/16\n", "    networkCidr: 10.40.0.0/25\n", StringComparison.Ordinal)
            .Replace("monthlyLimitUsd: ", "monthlyLimitUsd: -", StringComparison.Ordinal);

        var (code, text) = await PlanAsync("broken-many", broken);

        Assert.Equal(2, code);
        Assert.Contains("mlplatform:cluster.availabilityZones", text, StringComparison.Ordinal);
        Assert.Contains("mlplatform:cluster.networkCidr", text, StringComparison.Ordinal);
        Assert.Contains("mlplatform:budget.monthlyLimitUsd", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", text, StringComparison.Ordinal);
    }

    private static Task<string> Stack(string name) => File.ReadAllTextAsync(Path.Combine(PlanFixture.Root, $"Pulumi.{name}.yaml"));

    private static async Task<(int Code, string Text)> PlanAsync(string stack, string yaml)
    {
        var root = PlanFixture.ProjectWith(stack, yaml);
        var (console, output) = PlanFixture.Console();
        var code = await PlanCommand.RunAsync([stack, "--root", root], console);
        return (code, output.ToString());
    }
}
