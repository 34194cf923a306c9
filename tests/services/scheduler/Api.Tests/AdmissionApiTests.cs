using System.Net;
using System.Net.Http.Json;

namespace MlPlatform.Scheduler.Api.Tests;

public sealed class AdmissionApiTests : IClassFixture<SchedulerApiFactory>
{
    private readonly HttpClient _tiny;
    private readonly HttpClient _vision;

    public AdmissionApiTests(SchedulerApiFactory factory)
    {
        _tiny = factory.ClientWith(SchedulerApiFactory.TinyToken);
        _vision = factory.ClientWith(SchedulerApiFactory.VisionToken);
    }

    [Fact]
    public async Task JobLargerThanAQuotaThatCannotBorrowIsAConflictWithReason()
    {
        var response = await _tiny.PostAsJsonAsync("/v1/jobs", Requests.Job(gpus: 4, seconds: 60));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("larger-than-quota", (await response.Json()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task JobThatWouldExceedTheMonthlyBudgetIsUnprocessableWithReason()
    {
        // tiny's budget is 1 USD; a GPU for 10 h costs more on any pool.
        var response = await _tiny.PostAsJsonAsync("/v1/jobs", Requests.Job(gpus: 1, seconds: 36_000));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Json();
        Assert.Equal("budget-exceeded", problem.GetProperty("reason").GetString());
        Assert.Contains("budget", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATeamWithoutAMonthlyBudgetHasNoBudgetCap()
    {
        // The stack leaves the key out when a team has no budget; the same 10 h job that breaks tiny's 1 USD budget is accepted.
        using var factory = new SchedulerApiFactory();
        factory.Settings["Scheduler:Teams:2:MonthlyBudgetUsd"] = null;
        using var tiny = factory.ClientWith(SchedulerApiFactory.TinyToken);
        var response = await tiny.PostAsJsonAsync("/v1/jobs", Requests.Job(gpus: 1, seconds: 36_000));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task JobWhoseEstimateExceedsItsMaxCostIsUnprocessable()
    {
        var body = Requests.Job(gpus: 4, seconds: 36_000);
        body["maxCostUsd"] = 0.5m;
        var response = await _vision.PostAsJsonAsync("/v1/jobs", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("max-cost-exceeded", (await response.Json()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task JobNoPoolCanRunIsUnprocessable()
    {
        var body = Requests.Job();
        body["gpuType"] = "H100";
        var response = await _vision.PostAsJsonAsync("/v1/jobs", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("no-matching-pool", (await response.Json()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task FractionalGpuJobIsAcceptedAndPlacedOnASharingPool()
    {
        var response = await _vision.PostAsJsonAsync("/v1/jobs", Requests.Job("sleep 5", gpus: 0.5m));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = await Requests.WaitForState(_vision, (await response.Json()).GetProperty("id").GetString()!, "Running", "Succeeded");
        Assert.Equal("t4-shared-spot", job.GetProperty("placement").GetProperty("pool").GetString());
    }
}
