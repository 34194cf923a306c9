using System.Net;
using System.Net.Http.Json;

namespace MlPlatform.Scheduler.Api.Tests;

public sealed class ViewsAndHealthTests : IClassFixture<SchedulerApiFactory>
{
    private readonly SchedulerApiFactory _factory;
    private readonly HttpClient _vision;
    private readonly HttpClient _admin;

    public ViewsAndHealthTests(SchedulerApiFactory factory)
    {
        _factory = factory;
        _vision = factory.ClientWith(SchedulerApiFactory.VisionToken);
        _admin = factory.ClientWith(SchedulerApiFactory.AdminToken);
    }

    [Fact]
    public async Task HealthAndReadinessAnswerWithoutAToken()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task MetricsExposeQueueDepthWaitTimesGpuAllocationEvictionsAndCost()
    {
        var id = (await (await _vision.PostAsJsonAsync("/v1/jobs", Requests.Job("exit 0"))).Json()).GetProperty("id").GetString()!;
        await Requests.WaitForState(_vision, id, "Succeeded");
        await Task.Delay(300);
        var text = await _factory.CreateClient().GetStringAsync("/metrics");
        Assert.Contains("scheduler_queue_depth{queue=\"default\"}", text, StringComparison.Ordinal);
        Assert.Contains("scheduler_job_wait_seconds{queue=\"default\",quantile=\"0.95\"}", text, StringComparison.Ordinal);
        Assert.Contains("scheduler_gpu_allocated{pool=\"a10g-spot\",capacity=\"spot\"}", text, StringComparison.Ordinal);
        Assert.Contains("scheduler_gpu_capacity{pool=\"a10g-spot\",capacity=\"spot\"} 16", text, StringComparison.Ordinal);
        Assert.Contains("scheduler_evictions_total{kind=\"SpotReclaim\"}", text, StringComparison.Ordinal);
        Assert.Contains("scheduler_cost_usd_total{team=\"vision\",capacity=\"spot\"}", text, StringComparison.Ordinal);
        Assert.Contains("scheduler_savings_usd_total{team=\"vision\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueViewShowsEveryQueueWithItsPriority()
    {
        var queues = await (await _vision.GetAsync("/v1/queues")).Json();
        var names = queues.EnumerateArray().Select(q => q.GetProperty("name").GetString()).ToList();
        Assert.Equal(["urgent", "default"], names);
        Assert.Equal(100, queues[0].GetProperty("priority").GetInt32());
    }

    [Fact]
    public async Task TeamSeesItsOwnUsageButNotAnotherTeams()
    {
        var usage = await _vision.GetAsync("/v1/teams/vision/usage");
        Assert.Equal(HttpStatusCode.OK, usage.StatusCode);
        var body = await usage.Json();
        Assert.Equal(16m, body.GetProperty("gpuQuota").GetDecimal());
        Assert.Equal(20000m, body.GetProperty("monthlyBudgetUsd").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await _vision.GetAsync("/v1/teams/nlp/usage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync("/v1/teams/nobody/usage")).StatusCode);
    }

    [Fact]
    public async Task AdminListsEveryTeamAndATeamOnlyItself()
    {
        Assert.Equal(3, (await (await _admin.GetAsync("/v1/teams")).Json()).GetArrayLength());
        Assert.Equal(1, (await (await _vision.GetAsync("/v1/teams")).Json()).GetArrayLength());
    }
}
