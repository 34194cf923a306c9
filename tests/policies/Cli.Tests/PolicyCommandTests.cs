namespace MlPlatform.Policies.Cli.Tests;

public class PolicyCommandTests
{
    [Theory]
    [InlineData("sample-preview-creates.json")]
    [InlineData("sample-export.json")]
    public void RealCliOutputIsEvaluatedAndItsUnprotectedBucketFailsTheCheck(string name)
    {
        var run = CliRun.Of(CliRun.Fixture(name));

        Assert.Equal(PolicyCommand.MandatoryViolations, run.ExitCode);
        Assert.Contains(RuleIds.StoragePrivate, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("aws:s3/bucket:Bucket docs", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [InlineData("sample-preview-update.json")]
    [InlineData("sample-preview-deletes.json")]
    public void ARealPreviewThatLeavesTheUnprotectedBucketUnchangedListsItAsPreExistingAndPasses(string name)
    {
        var report = CliRun.TempFile(string.Empty, ".md");

        var run = CliRun.Of(CliRun.Fixture(name), "--report", report);

        Assert.Equal(PolicyCommand.Passed, run.ExitCode);
        Assert.Contains("mandatory (pre-existing)  security-storage-private", run.Stdout, StringComparison.Ordinal);
        var markdown = File.ReadAllText(report);
        Assert.Contains(":white_check_mark: **passes**", markdown, StringComparison.Ordinal);
        Assert.Contains("| mandatory (pre-existing) | `security-storage-private` | `aws:s3/bucket:Bucket docs` |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanPlanPassesWithCostBeforeAfterAndDelta()
    {
        var preview = CliRun.Preview("dev", gpuNodes: 2, budgetUsd: "3000");
        var report = Path.ChangeExtension(preview, ".md");

        var run = CliRun.Of(preview, "--report", report);

        Assert.Equal(PolicyCommand.Passed, run.ExitCode);
        Assert.Contains("No policy violations.", run.Stdout, StringComparison.Ordinal);
        var markdown = File.ReadAllText(report);
        Assert.Contains(":white_check_mark:", markdown, StringComparison.Ordinal);
        Assert.Contains("| before | 0.00 | 0.00 | 0.00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **delta** | +", markdown, StringComparison.Ordinal);
        Assert.Contains("| `l4` | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetNotificationsAreReadFromThePlanAndOneWithoutAForecastAlertIsRejected()
    {
        var preview = CliRun.Preview("dev", gpuNodes: 2, budgetUsd: "3000", forecastThresholds: []);
        var report = Path.ChangeExtension(preview, ".md");

        var run = CliRun.Of(preview, "--stack", "dev", "--report", report);

        Assert.Equal(PolicyCommand.MandatoryViolations, run.ExitCode);
        Assert.Contains("| mandatory | `cost-budget-alerts` | `aws:budgets/budget:Budget env` | ACTUAL 80% | a FORECASTED notification |", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void OverBudgetPlanForTheDevStackIsRejectedWithAClearReport()
    {
        // 40 L4 nodes against dev's limits (8 GPUs per pool and environment, 4,000 USD a month).
        var preview = CliRun.Preview("dev", gpuNodes: 40, budgetUsd: "4000");
        var report = Path.ChangeExtension(preview, ".md");

        var run = CliRun.Of(preview, "--stack", "dev", "--report", report);

        Assert.Equal(PolicyCommand.MandatoryViolations, run.ExitCode);
        var markdown = File.ReadAllText(report);
        Assert.Contains(":x: **blocked**", markdown, StringComparison.Ordinal);
        Assert.Contains("| mandatory | `quota-max-gpus-per-pool` | `aws:eks/nodeGroup:NodeGroup l4-spot` | 40 | 8 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| mandatory | `quota-max-gpus-per-environment` |", markdown, StringComparison.Ordinal);
        Assert.Contains("| mandatory | `cost-stack-monthly-cap` |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 4000.00 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void StackLimitsComeFromTheStackFile()
    {
        var preview = CliRun.Preview("prod", gpuNodes: 2, budgetUsd: "60000", gpuType: "p4d.24xlarge");

        var run = CliRun.Of(preview, "--stack", "prod");

        Assert.Equal(PolicyCommand.MandatoryViolations, run.ExitCode);
        Assert.Contains(RuleIds.AllowedInstanceTypes, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("(prod, aws us-east-1)", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"steps\": [")]
    [InlineData("not json at all")]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("")]
    public void MalformedOrUnknownJsonExitsTwoNamingTheFile(string content)
    {
        var path = CliRun.TempFile(content);

        var run = CliRun.Of(path);

        Assert.Equal(PolicyCommand.BadInput, run.ExitCode);
        Assert.StartsWith($"error: {path}", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void MissingFileAndUnknownStackExitTwo()
    {
        Assert.Equal(PolicyCommand.BadInput, CliRun.Of("/nonexistent/preview.json").ExitCode);
        var unknownStack = CliRun.Of(CliRun.Fixture("sample-export.json"), "--stack", "staging");
        Assert.Equal(PolicyCommand.BadInput, unknownStack.ExitCode);
        Assert.Contains("Pulumi.staging.yaml", unknownStack.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData()]
    [InlineData("a.json", "b.json")]
    [InlineData("a.json", "--stack")]
    [InlineData("a.json", "--colour", "red")]
    public void BadUsageExitsTwo(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(PolicyCommand.BadInput, run.ExitCode);
        Assert.Contains("usage:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedListPricesExitTwoNamingFileAndLine()
    {
        var prices = CliRun.TempFile("cloud,item,unit,usd\naws,eks-cluster-standard,hour,ten\n", ".csv");

        var run = CliRun.Of(CliRun.Fixture("sample-export.json"), "--list-prices", prices);

        Assert.Equal(PolicyCommand.BadInput, run.ExitCode);
        Assert.Contains($"{prices}:2:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StackConfigAloneIsCheckedWithoutAFile()
    {
        var report = CliRun.TempFile(string.Empty, ".md");

        var run = CliRun.Of("--stack", "dev", "--report", report);

        Assert.Equal(PolicyCommand.Passed, run.ExitCode);
        Assert.Contains("config of stack dev", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| `l4` |", File.ReadAllText(report), StringComparison.Ordinal);
    }
}
