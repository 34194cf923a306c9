using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlPlatform.Scheduler.Api.Tests;

/// <summary><c>POST /v1/jobs/batch</c>: each job answered as a single submit would be, at its index.</summary>
public sealed class BatchSubmitTests(SchedulerApiFactory factory) : IClassFixture<SchedulerApiFactory>
{
    private readonly HttpClient _vision = factory.ClientWith(SchedulerApiFactory.VisionToken);

    [Fact]
    public async Task EachJobGetsItsOwnResultAndOneBadJobFailsNoOther()
    {
        var key = Guid.NewGuid().ToString("N");
        var noSuchGpu = Requests.Job(clientKey: $"{key}-2");
        noSuchGpu["gpuType"] = "Z9000";
        var batch = Batch(
            Requests.Job(clientKey: $"{key}-0"),
            new JsonObject { ["queue"] = "default" },
            noSuchGpu,
            Requests.Job(clientKey: $"{key}-3"));

        var response = await _vision.PostAsJsonAsync("/v1/jobs/batch", batch);
        var body = await response.Json();
        var results = body.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("created").GetInt32());
        Assert.Equal([0, 1, 2, 3], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal([201, 400, 422, 201], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.True(results[1].GetProperty("errors").TryGetProperty("gpus", out _));
        Assert.Equal("no-matching-pool", results[2].GetProperty("reason").GetString());
        var id = results[3].GetProperty("job").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await _vision.GetAsync($"/v1/jobs/{id}")).StatusCode);
    }

    [Fact]
    public async Task RepeatingABatchReturnsTheFirstJobsAndCreatesNone()
    {
        var key = Guid.NewGuid().ToString("N");
        var batch = Batch([.. Enumerable.Range(0, 20).Select(i => Requests.Job(clientKey: $"{key}-{i}"))]);

        var first = await (await _vision.PostAsJsonAsync("/v1/jobs/batch", batch)).Json();
        var again = await (await _vision.PostAsJsonAsync("/v1/jobs/batch", batch)).Json();

        Assert.Equal(20, first.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.All(again.GetProperty("results").EnumerateArray(), r => Assert.Equal(200, r.GetProperty("status").GetInt32()));
        Assert.Equal(Ids(first), Ids(again));
    }

    [Theory]
    [InlineData(0, "is required")]
    [InlineData(1001, "at most 1000 per batch")]
    public async Task AnEmptyOrOversizedBatchIsA400NamingTheJobs(int count, string problem)
    {
        var batch = Batch([.. Enumerable.Range(0, count).Select(_ => Requests.Job())]);

        var response = await _vision.PostAsJsonAsync("/v1/jobs/batch", batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, (await response.Json()).GetProperty("errors").GetProperty("jobs")[0].GetString(), StringComparison.Ordinal);
    }

    private static JsonObject Batch(params JsonObject[] jobs) => new() { ["jobs"] = new JsonArray([.. jobs]) };

    private static List<string?> Ids(JsonElement response) =>
        [.. response.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("job").GetProperty("id").GetString())];
}
