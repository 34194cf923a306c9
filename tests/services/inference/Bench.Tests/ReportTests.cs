namespace MlPlatform.Inference.Bench.Tests;

public sealed class ReportTests
{
    private static ScenarioResult Result(string key, long images, double seconds, params double[] latencies) =>
        new(key, key, images, TimeSpan.FromSeconds(seconds), latencies, 0);

    private static readonly ScenarioResult[] Results =
    [
        Result("inprocess_b1", 100, 1, 1, 1, 2),
        Result("inprocess_b8", 400, 1, 10),
        Result("http_batching_on_c1", 90, 1, 1.5, 1.5, 2.25),
        Result("http_batching_on_c64", 380, 1, 50),
        Result("http_batching_off_c1", 95, 1, 1.2, 1.2, 2.1),
    ];

    [Fact]
    public void TheCeilingIsTheBestInProcessBatchAndHttpIsComparedToIt()
    {
        var figures = Report.Figures(Results);

        Assert.Equal(400, figures["ceiling_throughput"]);
        Assert.Equal(380, figures["best_http_throughput"]);
        Assert.Equal(0.95, figures["best_http_ratio"]);
        Assert.Equal(0.225, figures["http_batching_on_c1_ratio"]);
    }

    [Fact]
    public void OverheadAtConcurrencyOneIsHttpMinusInProcessBatchOne()
    {
        var figures = Report.Figures(Results);

        Assert.Equal(0.25, figures["c1_p99_overhead_ms_batching_on"], 3);
        Assert.Equal(0.1, figures["c1_p99_overhead_ms_batching_off"], 3);
        Assert.Equal(0.5, figures["c1_p50_overhead_ms_batching_on"], 3);
    }

    [Fact]
    public void TheTableListsEveryScenarioAndSaysWhetherTargetsAreMet()
    {
        var table = Report.Table(Results, Report.Figures(Results));

        Assert.All(Results, r => Assert.Contains($"| {r.Label} |", table, StringComparison.Ordinal));
        Assert.Contains("0.95 × ceiling (target ≥ 0.90: met)", table, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonIsOneFlatObjectOfNumbers()
    {
        var path = Path.GetTempFileName();
        try
        {
            Report.WriteJson(path, Report.Figures(Results));
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));

            Assert.All(document.RootElement.EnumerateObject(), p => Assert.Equal(System.Text.Json.JsonValueKind.Number, p.Value.ValueKind));
            Assert.True(document.RootElement.TryGetProperty("inprocess_b1_p99_ms", out _));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
