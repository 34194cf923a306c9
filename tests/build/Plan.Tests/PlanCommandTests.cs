namespace MlPlatform.Plan.Tests;

public sealed class PlanCommandTests
{
    [Fact]
    public async Task UnknownStackExitsWithTwoAndListsTheStacks()
    {
        var (console, output) = PlanFixture.Console();

        var code = await PlanCommand.RunAsync(["staging", "--root", PlanFixture.Root], console);

        Assert.Equal(2, code);
        Assert.Contains("unknown stack 'staging'", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("dev, dev-azure, prod, prod-azure", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidConfigExitsWithTwoAndListsEveryProblem()
    {
        var dev = await File.ReadAllTextAsync(Path.Combine(PlanFixture.Root, "Pulumi.dev.yaml"));
        var broken = dev.Replace("      minNodes: 0\n      maxNodes: 4", "      minNodes: 4\n      maxNodes: 2", StringComparison.Ordinal)
            .Replace("monthlyLimitUsd: 4000", "monthlyLimitUsd: -1", StringComparison.Ordinal);
        var root = PlanFixture.ProjectWith("broken", broken);
        var (console, output) = PlanFixture.Console();

        var code = await PlanCommand.RunAsync(["broken", "--root", root], console);

        var text = output.ToString();
        Assert.Equal(2, code);
        Assert.Contains("mlplatform:gpuPools[0].maxNodes must be >= minNodes (got 2 < 4)", text, StringComparison.Ordinal);
        Assert.Contains("mlplatform:budget.monthlyLimitUsd must be >= 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOptionExitsWithTwo()
    {
        var (console, output) = PlanFixture.Console();

        var code = await PlanCommand.RunAsync(["dev", "--jsn", "x"], console);

        Assert.Equal(2, code);
        Assert.Contains("--jsn", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevPlanPrintsTheTreeOutputsAndSummary()
    {
        var (console, output) = PlanFixture.Console();
        var json = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");

        var code = await PlanCommand.RunAsync(["dev", "--root", PlanFixture.Root, "--json", json], console);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("pulumi:pulumi:Stack mlplatform-dev", text, StringComparison.Ordinal);
        Assert.Contains("environment", text, StringComparison.Ordinal);
        Assert.Contains("to create", text, StringComparison.Ordinal);
        var kubeconfig = Assert.Single(text.Split('\n'), l => l.Contains(" kubeconfig ", StringComparison.Ordinal));
        Assert.Contains("[secret]", kubeconfig, StringComparison.Ordinal);
        Assert.Matches(@"price tables .*data/pricing: prices as of \d{4}-\d{2}-\d{2} \(\d+ days old\)", text);
        Assert.True(File.Exists(json));
    }
}
