using System.Collections.Immutable;
using MlPlatform.Testing.Metrics;

namespace MlPlatform.Components.Observability.Tests;

public sealed class AlertRulesTests
{
    private static ImmutableArray<AlertRule> Rules(AlertThresholds? thresholds = null) =>
        AlertRules.For(thresholds ?? AlertThresholds.Default, ["vision", "nlp"], "monitoring");

    [Fact]
    public void EveryAlertTheIssueAsksForIsThere()
    {
        Assert.Superset(
            new HashSet<string>
            {
                "GpuAllocatedButIdle", "QueueWaitAboveObjective", "SpotReclaimSpike", "InferenceErrorBudgetBurn", "InferenceLatencyBudgetBurn",
                "InferenceQueueSaturated", "InferenceRequestsRejected", "DatasetCacheHitRatioLow", "SchedulerLeaderMissing", "TeamBudgetBurn",
            },
            Rules().Select(r => r.Name).ToHashSet());
    }

    [Fact]
    public void EveryRuleHasASeverityASummaryAndAHoldOrFiresAtOnceOnPurpose()
    {
        foreach (var rule in Rules())
        {
            Assert.Contains(rule.Severity, new[] { AlertSeverity.Critical, AlertSeverity.Warning });
            Assert.False(string.IsNullOrWhiteSpace(rule.Summary), rule.Name);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Name);
        }

        Assert.Equal(["SpotReclaimSpike"], Rules().Where(r => r.For is null).Select(r => r.Name));
    }

    [Fact]
    public void ThresholdsComeFromTheSettings()
    {
        var rules = Rules(new AlertThresholds(GpuIdlePercent: 7, GpuIdleMinutes: 45, SpotReclaimsPerHour: 9, InferenceQueueDepth: 123, CacheHitRatioPercent: 65, LeaderMissingMinutes: 4));

        var idle = rules.Single(r => r.Name == "GpuAllocatedButIdle");
        Assert.EndsWith("< 7", idle.Expression, StringComparison.Ordinal);
        Assert.Equal("45m", idle.For);
        Assert.EndsWith("> 9", rules.Single(r => r.Name == "SpotReclaimSpike").Expression, StringComparison.Ordinal);
        Assert.EndsWith("> 123", rules.Single(r => r.Name == "InferenceQueueSaturated").Expression, StringComparison.Ordinal);
        Assert.EndsWith("< 0.65", rules.Single(r => r.Name == "DatasetCacheHitRatioLow").Expression, StringComparison.Ordinal);
        Assert.Equal("4m", rules.Single(r => r.Name == "SchedulerLeaderMissing").For);
    }

    [Fact]
    public void EachTeamGetsItsOwnQueueWaitObjectiveAndTheRestShareTheDefault()
    {
        var rules = Rules(new AlertThresholds(QueueWaitObjectiveMinutes: 60, TeamQueueWaitObjectiveMinutes: ImmutableDictionary<string, int>.Empty.Add("vision", 10)))
            .Where(r => r.Name == "QueueWaitAboveObjective").ToList();

        Assert.Equal(3, rules.Count);
        Assert.Contains(rules, r => r.Labels?["team"] == "vision" && r.Expression.Contains("team=\"vision\"", StringComparison.Ordinal) && r.Expression.EndsWith("> 600", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Labels?["team"] == "nlp" && r.Expression.EndsWith("> 3600", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Labels is null && r.Expression.Contains("team!~\"vision|nlp\"", StringComparison.Ordinal) && r.Expression.EndsWith("> 3600", StringComparison.Ordinal));
    }

    [Fact]
    public void BurnRateAlertsUseALongAndAShortWindowAtEachBurnRate()
    {
        var error = Rules(new AlertThresholds(InferenceAvailabilityPercent: 99.9)).Where(r => r.Name == "InferenceErrorBudgetBurn").ToList();

        Assert.Equal(AlertRules.BurnWindows.Length, error.Count);
        var fast = error.Single(r => r.Labels?["window"] == "1h");
        Assert.Contains("[1h]", fast.Expression, StringComparison.Ordinal);
        Assert.Contains("[5m]", fast.Expression, StringComparison.Ordinal);
        Assert.Contains("> 0.0144", fast.Expression, StringComparison.Ordinal);
        Assert.Equal(AlertSeverity.Critical, fast.Severity);
        Assert.Equal(AlertSeverity.Warning, error.Single(r => r.Labels?["window"] == "3d").Severity);
    }

    [Fact]
    public void TheLatencyAlertCountsGoodRequestsAtTheBucketOfTheObjective()
    {
        var latency = Rules(new AlertThresholds(InferenceLatencySeconds: 0.1)).Where(r => r.Name == "InferenceLatencyBudgetBurn");

        Assert.All(latency, r => Assert.Contains("le=\"0.1\"", r.Expression, StringComparison.Ordinal));
    }

    [Fact]
    public void TheGpuIdleAlertLeavesOutGpusNoWorkloadHolds()
    {
        var idle = AlertRules.For(AlertThresholds.Default, [], "gpu-monitoring").Single(r => r.Name == "GpuAllocatedButIdle");

        Assert.Contains("namespace!=\"gpu-monitoring\"", idle.Expression, StringComparison.Ordinal);
        Assert.Contains("pod!=\"\"", idle.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRunbookAnchorIsASectionOfTheObservabilityDocs()
    {
        var docs = File.ReadAllLines(Path.Combine(MetricCatalogue.RepositoryRoot(), "docs", "observability.md"));
        var anchors = docs.Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim().ToLowerInvariant().Replace(' ', '-')).ToHashSet();

        foreach (var rule in Rules())
        {
            Assert.True(anchors.Contains(rule.RunbookAnchor), $"docs/observability.md has no section #{rule.RunbookAnchor} for {rule.Name}");
        }
    }
}
