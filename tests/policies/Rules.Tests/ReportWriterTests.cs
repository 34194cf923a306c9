using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MlPlatform.Components;
using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

/// <summary>The pull-request report: what blocks, what was already there, costs per pool, escaping, and the size cap.</summary>
public sealed partial class ReportWriterTests
{
    [Fact]
    public void ValuesAreEscapedForGitHubMarkdown()
    {
        var violation = new PolicyViolation(RuleIds.ImagesByDigest, Urn(ResourceTypes.KubernetesDeployment, "api"), "image ghcr.io/a/b:latest | *x* [y](z)", "image@sha256:<digest>", "m");

        var markdown = ReportWriter.Markdown(Report([violation]));

        Assert.Contains("image@sha256:&lt;digest&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains(@"ghcr.io/a/b:latest \| \*x\* \[y\](z)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<digest>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ResourcesAreShownByTypeAndNameAndTheParentChainWhereThoseClash()
    {
        var a = "urn:pulumi:dev::mlplatform::mlplatform:aws:GpuNodePool$aws:eks/nodeGroup:NodeGroup::gpu";
        var b = "urn:pulumi:dev::mlplatform::mlplatform:azure:Other$aws:eks/nodeGroup:NodeGroup::gpu";
        var c = Urn(ResourceTypes.S3Bucket, "models");

        var labels = ReportWriter.Labels([a, b, c]);

        Assert.Equal("mlplatform:aws:GpuNodePool$aws:eks/nodeGroup:NodeGroup gpu", labels[a]);
        Assert.Equal("mlplatform:azure:Other$aws:eks/nodeGroup:NodeGroup gpu", labels[b]);
        Assert.Equal("aws:s3/bucket:Bucket models", labels[c]);
    }

    [Fact]
    public void BlockingRowsComeFirstMandatoryBeforeAdvisoryAndPreExistingOnesDoNotBlock()
    {
        var changed = Urn(ResourceTypes.S3Bucket, "new");
        var untouched = Urn(ResourceTypes.S3Bucket, "old");
        var violations = ImmutableArray.Create(
            new PolicyViolation(RuleIds.StoragePrivate, untouched, "public", "private", "m"),
            new PolicyViolation(RuleIds.StorageTlsOnly, changed, "no policy", "deny", "m", EnforcementLevel.Advisory),
            new PolicyViolation(RuleIds.StorageEncrypted, changed, "none", "SSE", "m"));
        var before = new PolicyResult([violations[0]], StackCostReport.Empty, 1, []);
        var report = Report(violations) with { Before = before, Operations = new Dictionary<string, string> { [changed] = "create", [untouched] = "same" } };

        var rows = ReportWriter.Markdown(report).Split('\n').Where(l => l.StartsWith("| mandatory", StringComparison.Ordinal) || l.StartsWith("| advisory", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, rows.Count);
        Assert.StartsWith($"| mandatory | `{RuleIds.StorageEncrypted}`", rows[0], StringComparison.Ordinal);
        Assert.StartsWith($"| advisory | `{RuleIds.StorageTlsOnly}`", rows[1], StringComparison.Ordinal);
        Assert.StartsWith($"| mandatory (pre-existing) | `{RuleIds.StoragePrivate}`", rows[2], StringComparison.Ordinal);
        Assert.Equal([violations[2]], report.Blocking.ToArray());
    }

    [Fact]
    public void AStackLevelViolationTheChangeMakesWorseBlocksAndOneItLeavesAloneDoesNot()
    {
        var stack = Context().StackUrn;
        var before = new PolicyResult([new PolicyViolation(RuleIds.StackMonthlyCap, stack, "5000.00", "4000.00", "m")], StackCostReport.Empty, 1, []);
        var same = Report([new PolicyViolation(RuleIds.StackMonthlyCap, stack, "5000.00", "4000.00", "m")]) with { Before = before, Operations = new Dictionary<string, string>() };
        var worse = Report([new PolicyViolation(RuleIds.StackMonthlyCap, stack, "6200.00", "4000.00", "m")]) with { Before = before, Operations = new Dictionary<string, string>() };

        Assert.False(same.Blocks);
        Assert.True(worse.Blocks);
    }

    [Fact]
    public void UnpricedCapacityIsNeverShownAsZero()
    {
        var group = new ScalingGroup(Urn(ResourceTypes.AutoScalingGroup, "cpu"), "cpu", false, CapacityType.OnDemand, ["t3.medium"], 1, 3, 0);
        var pool = new PoolCost("cpu", false, [group], [], CostRange.Zero, 0, 0, 0, false);
        var costs = new StackCostReport([], [pool], [], CostRange.Zero, [$"{group.Urn}: no OnDemand price for t3.medium in us-east-1"]);
        var report = new PolicyReport("t", Context(), new PolicyResult([], costs, 1, []), StackCostReport.Empty);

        var markdown = ReportWriter.Markdown(report);

        Assert.Contains("| **after** | unpriced | unpriced | unpriced |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **delta** | unpriced | unpriced | unpriced |", markdown, StringComparison.Ordinal);
        Assert.Contains("| `cpu` | — | unpriced | unpriced |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| `cpu` | — | 0.00", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPoolShowsItsCostBeforeAfterAndDelta()
    {
        var spec = Pool(new GpuPoolSpec("l4", ["g6.xlarge"], [], 0, 4, 50));
        var bigger = Pool(new GpuPoolSpec("l4", ["g6.xlarge"], [], 0, 8, 50));
        var context = Context();
        var before = new PolicyInput(spec, context).Costs;
        var after = new PolicyInput(bigger, context).Costs;
        var report = new PolicyReport("t", context, new PolicyResult([], after, 2, []), before);

        var row = ReportWriter.Markdown(report).Split('\n').Single(l => l.StartsWith("| `l4` |", StringComparison.Ordinal));

        var cells = row.Split('|', StringSplitOptions.TrimEntries);
        var then = decimal.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture);
        var now = decimal.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(now > then);
        var delta = decimal.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("+", cells[4], StringComparison.Ordinal);
        Assert.InRange(delta - (now - then), -0.01m, 0.01m);
    }

    [Fact]
    public void AHundredThousandResourceReportStaysUnderTheCommentLimitAndCountsWhatItLeftOut()
    {
        var violations = Enumerable.Range(0, 100_000)
            .Select(i => new PolicyViolation(i % 3 == 0 ? RuleIds.StorageTlsOnly : RuleIds.StoragePrivate, Urn(ResourceTypes.S3Bucket, $"bucket-{i:D6}"), "no public access block", "all four settings", "m", i % 3 == 0 ? EnforcementLevel.Advisory : EnforcementLevel.Mandatory))
            .ToImmutableArray();

        var markdown = ReportWriter.Markdown(Report(violations));
        var full = ReportWriter.Markdown(Report(violations), int.MaxValue);

        Assert.True(markdown.Length < 65_536, $"{markdown.Length} characters");
        var shown = markdown.Split('\n').Count(l => l.StartsWith("| mandatory", StringComparison.Ordinal) || l.StartsWith("| advisory", StringComparison.Ordinal));
        var more = int.Parse(MoreCount().Match(markdown).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(100_000, shown + more);
        Assert.All(markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("bucket-", StringComparison.Ordinal)), l => Assert.StartsWith("| mandatory", l, StringComparison.Ordinal));
        Assert.Equal(100_000, full.Split('\n').Count(l => l.Contains("bucket-", StringComparison.Ordinal)));
    }

    private static PolicyReport Report(ImmutableArray<PolicyViolation> violations) =>
        new("test", Context(), new PolicyResult(violations, StackCostReport.Empty, violations.Length, []), null);

    [GeneratedRegex(@"\*\*([0-9]+) more violations?\*\*")]
    private static partial Regex MoreCount();
}
