using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MlPlatform.Testing.Metrics;

namespace MlPlatform.Scheduler.Api.Tests;

/// <summary>The scheduler's real <c>/metrics</c> against <c>tests/metric-catalogue/scheduler.txt</c>, and the metrics alerts and dashboards rely on.</summary>
public sealed partial class MetricCatalogueTests : IClassFixture<SchedulerApiFactory>
{
    private readonly SchedulerApiFactory _factory;
    private readonly HttpClient _vision;

    public MetricCatalogueTests(SchedulerApiFactory factory)
    {
        _factory = factory;
        _vision = factory.ClientWith(SchedulerApiFactory.VisionToken);
    }

    [Fact]
    public async Task CatalogueListsExactlyTheSchedulerMetricsTheServiceExposes()
    {
        var text = await ScrapeAfterOneSuccessfulRun();
        Assert.Empty(MetricCatalogue.Problems("scheduler", text, "scheduler_", "http_"));
    }

    [Fact]
    public async Task SuccessfulRunIsCountedWithItsCostPerTeamAndQueue()
    {
        var text = await ScrapeAfterOneSuccessfulRun();
        Assert.True(Value(text, "scheduler_runs_total{team=\"vision\",queue=\"default\",result=\"succeeded\"}") >= 1);
        _ = Value(text, "scheduler_run_cost_usd_total{team=\"vision\",queue=\"default\"}");
        Assert.True(Value(text, "scheduler_queue_wait_seconds_count{team=\"vision\",queue=\"default\"}") >= 1);
        Assert.Contains("scheduler_queue_wait_seconds_bucket{team=\"vision\",queue=\"default\",le=\"300\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamQuotaBudgetAndMonthSpendAreExposedPerTeam()
    {
        var text = await ScrapeAfterOneSuccessfulRun();
        Assert.Equal(2, Value(text, "scheduler_team_gpu_quota{team=\"tiny\"}"));
        Assert.Equal(1, Value(text, "scheduler_team_budget_usd{team=\"tiny\"}"));
        Assert.Equal(0, Value(text, "scheduler_team_month_spend_usd{team=\"tiny\"}"));
        Assert.Contains("scheduler_team_gpus_running{team=\"vision\"}", text, StringComparison.Ordinal);
        Assert.Contains("scheduler_spot_reclaims_total{pool=\"a10g-spot\"} 0", text, StringComparison.Ordinal);
    }

    private async Task<string> ScrapeAfterOneSuccessfulRun()
    {
        var id = (await (await _vision.PostAsJsonAsync("/v1/jobs", Requests.Job("exit 0"))).Json()).GetProperty("id").GetString()!;
        await Requests.WaitForState(_vision, id, "Succeeded");
        await Task.Delay(300);
        return await _factory.CreateClient().GetStringAsync("/metrics");
    }

    private static double Value(string text, string series)
    {
        var match = Regex.Match(text, $"^{Regex.Escape(series)} (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"{series} is not in /metrics");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
