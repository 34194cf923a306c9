using MlPlatform.Components.Observability.Tests.PromQl;
using MlPlatform.Testing.Metrics;

namespace MlPlatform.Components.Observability.Tests;

/// <summary>
/// Every PromQL expression of the alert rules and dashboards parses, and every metric it reads is one the services
/// expose (their catalogues, checked against real scrapes) or a field of NVIDIA's DCGM exporter (vendored list).
/// </summary>
public sealed class ExpressionCatalogueTests
{
    private static readonly string[] DcgmFieldFiles = ["default-counters.csv", "dcp-metrics-included.csv"];

    private static readonly AlertThresholds Custom = new(TeamQueueWaitObjectiveMinutes: System.Collections.Immutable.ImmutableDictionary<string, int>.Empty.Add("vision", 15));

    public static TheoryData<string, string> Expressions()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in AlertRules.For(Custom, ["vision", "nlp"], "monitoring"))
        {
            data.Add($"rule {rule.Name} ({rule.For}, {rule.Labels?.GetValueOrDefault("window") ?? rule.Labels?.GetValueOrDefault("team")})", rule.Expression);
        }

        foreach (var dashboard in Dashboards.All)
        {
            foreach (var panel in dashboard.Panels)
            {
                foreach (var query in panel.Queries)
                {
                    data.Add($"{dashboard.Uid}: {panel.Title} / {query.Legend}", query.Expression);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public void ExpressionParsesAsAnInstantVector(string where, string expression)
    {
        var query = PromQlParser.Parse(expression);
        Assert.True(query.Type == PromQlType.InstantVector, $"{where}: {query.Type}");
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public void EveryMetricTheExpressionReadsIsExposed(string where, string expression)
    {
        var known = KnownMetrics();
        var unknown = PromQlParser.Parse(expression).Metrics.Where(m => !known.Contains(m)).ToList();
        Assert.True(unknown.Count == 0, $"{where} reads metrics nobody exposes: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void TheDcgmFieldListIsTheVendoredOne()
    {
        var fields = DcgmFields();
        Assert.Contains("DCGM_FI_DEV_GPU_UTIL", fields);
        Assert.Contains("DCGM_FI_PROF_PIPE_TENSOR_ACTIVE", fields);
        Assert.True(fields.Count >= 20, $"only {fields.Count} DCGM fields read");
    }

    [Fact]
    public void AMetricNoServiceExposesIsCaught()
    {
        var known = KnownMetrics();
        Assert.DoesNotContain("scheduler_cost_per_run_usd", known);
        Assert.Contains("scheduler_run_cost_usd_total", known);
        Assert.Contains("inference_request_duration_seconds_bucket", known);
        Assert.Contains("dataset_cache_hits_total", known);
    }

    private static HashSet<string> KnownMetrics()
    {
        var names = new HashSet<string>(DcgmFields(), StringComparer.Ordinal);
        foreach (var service in MetricCatalogue.Services)
        {
            names.UnionWith(MetricCatalogue.Read(service));
        }

        return names;
    }

    // First column of the exporter's counter lists (field name, type, help); commented-out fields are not exported, so not counted.
    private static HashSet<string> DcgmFields()
    {
        var directory = Path.Combine(MetricCatalogue.RepositoryRoot(), "data", "observability", "dcgm-exporter");
        return [.. DcgmFieldFiles
            .SelectMany(f => File.ReadAllLines(Path.Combine(directory, f)))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("DCGM_FI_", StringComparison.Ordinal))
            .Select(l => l.Split(',')[0].Trim())];
    }
}
