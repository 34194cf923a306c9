using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MlPlatform.Scheduler.Api.Tests;

public sealed class JobsApiTests : IClassFixture<SchedulerApiFactory>
{
    private readonly SchedulerApiFactory _factory;
    private readonly HttpClient _vision;
    private readonly HttpClient _nlp;
    private readonly HttpClient _admin;

    public JobsApiTests(SchedulerApiFactory factory)
    {
        _factory = factory;
        _vision = factory.ClientWith(SchedulerApiFactory.VisionToken);
        _nlp = factory.ClientWith(SchedulerApiFactory.NlpToken);
        _admin = factory.ClientWith(SchedulerApiFactory.AdminToken);
    }

    [Fact]
    public async Task RequestWithoutATokenIsUnauthorized()
    {
        var response = await _factory.CreateClient().GetAsync("/v1/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RequestWithAnUnknownTokenIsUnauthorized()
    {
        var response = await _factory.ClientWith("not-a-real-token-at-all").GetAsync("/v1/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SubmittedJobIsCreatedScheduledAndRunToCompletion()
    {
        var response = await _vision.PostAsJsonAsync("/v1/jobs", Requests.Job("exit 0"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = await response.Json();
        var id = job.GetProperty("id").GetString()!;
        Assert.Equal($"/v1/jobs/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("vision", job.GetProperty("team").GetString());
        Assert.Equal("Pending", job.GetProperty("state").GetString());

        var done = await Requests.WaitForState(_vision, id, "Succeeded", "Failed");
        Assert.Equal("Succeeded", done.GetProperty("state").GetString());
        Assert.Equal("Spot", done.GetProperty("placement").GetProperty("capacity").GetString());
        Assert.True(done.GetProperty("estimatedCostUsd").GetDecimal() > 0);
        Assert.Equal(1, done.GetProperty("attempt").GetInt32());
    }

    [Fact]
    public async Task SubmitWithTheSameClientKeyReturnsTheFirstJob()
    {
        var first = await _vision.PostAsJsonAsync("/v1/jobs", Requests.Job(clientKey: "train-42"));
        var second = await _vision.PostAsJsonAsync("/v1/jobs", Requests.Job(clientKey: "train-42"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await first.Json()).GetProperty("id").GetString(), (await second.Json()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task IdempotencyKeyHeaderWorksLikeTheClientKeyField()
    {
        using var a = new HttpRequestMessage(HttpMethod.Post, "/v1/jobs") { Content = JsonContent.Create(Requests.Job()) };
        a.Headers.Add("Idempotency-Key", "hdr-1");
        using var b = new HttpRequestMessage(HttpMethod.Post, "/v1/jobs") { Content = JsonContent.Create(Requests.Job()) };
        b.Headers.Add("Idempotency-Key", "hdr-1");
        var first = await _vision.SendAsync(a);
        var second = await _vision.SendAsync(b);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    public static TheoryData<string, string, JsonNode?> BadFields() => new()
    {
        { "image", "image", null },
        { "image", "image", "ubuntu:latest" },
        { "image", "image", "registry.example/" + new string('a', 600) + "@sha256:" + new string('0', 64) },
        { "gpus", "gpus", 1.5m },
        { "gpus", "gpus", -1 },
        { "gpus", "gpus", "lots" },
        { "queue", "queue", "no-such-queue" },
        { "expectedDurationSeconds", "expectedDurationSeconds", 0 },
        { "gangSize", "gangSize", 0 },
        { "deadline", "deadline", "2001-01-01T00:00:00Z" },
        { "command", "command", new JsonArray() },
        { "cpu", "cpu", 0 },
        { "clientKey", "clientKey", "has spaces in it" },
        { "gpuCount", "gpuCount", 2 },
        { "lineage", "lineage.datasetDigest", new JsonObject { ["datasetDigest"] = "md5:abc" } },
        { "lineage", "lineage.codeCommit", new JsonObject { ["codeCommit"] = "main" } },
        { "lineage", "lineage.dataset", new JsonObject { ["dataset"] = "../etc" } },
    };

    [Fact]
    public async Task ListingPagesWithTheCursorOfTheLinkHeader()
    {
        using var client = _factory.ClientWith(SchedulerApiFactory.NlpToken);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await (await client.PostAsJsonAsync("/v1/jobs", Requests.Job(clientKey: $"page-{i}"))).Json()).GetProperty("id").GetString()!);
        }

        var seen = new List<string>();
        var next = "/v1/jobs?limit=2";
        for (var page = 0; page < 10 && next is not null; page++)
        {
            using var response = await client.GetAsync(new Uri(next, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange((await response.Json()).EnumerateArray().Select(j => j.GetProperty("id").GetString()!));
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
            if (next is not null)
            {
                Assert.Contains($"cursor={response.Headers.GetValues("X-Next-Cursor").Single()}", next, StringComparison.Ordinal);
            }
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), seen.Where(ids.Contains).Order(StringComparer.Ordinal));
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ACursorTheApiDidNotReturnIsA400NamingIt()
    {
        using var response = await _vision.GetAsync(new Uri("/v1/jobs?cursor=not-a-cursor!", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task ACommandThatDoesNotExistFailsOnceWithTheReasonOnTheJob()
    {
        var body = Requests.Job();
        body["command"] = new JsonArray("no-such-binary-mlplatform-test");

        var submitted = await (await _vision.PostAsJsonAsync("/v1/jobs", body)).Json();
        var done = await Requests.WaitForState(_vision, submitted.GetProperty("id").GetString()!, "Failed", "Succeeded");

        Assert.Equal("Failed", done.GetProperty("state").GetString());
        Assert.Equal("cannot-start", done.GetProperty("reason").GetString());
        Assert.Contains("not found (exit code 127)", done.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, done.GetProperty("attempt").GetInt32());
    }

    [Fact]
    public async Task ATrainingJobsLineageReachesItsRunAsTheRegistrysEnvironmentContract()
    {
        var digest = "sha256:" + new string('d', 64);
        var body = Requests.Job("echo \"$MLPLATFORM_JOB_ID|$MLPLATFORM_IMAGE_DIGEST|$MLPLATFORM_DATASET@$MLPLATFORM_DATASET_VERSION|$MLPLATFORM_DATASET_DIGEST|$MLPLATFORM_CODE_COMMIT\"; test \"$MLPLATFORM_DATASET_DIGEST\" = \"" + digest + "\"");
        body["lineage"] = new JsonObject { ["dataset"] = "imagenet", ["datasetVersion"] = "2024-01", ["datasetDigest"] = digest, ["codeCommit"] = "0a1b2c3d" };

        var submitted = await (await _vision.PostAsJsonAsync("/v1/jobs", body)).Json();
        var id = submitted.GetProperty("id").GetString()!;
        var done = await Requests.WaitForState(_vision, id, "Succeeded", "Failed");

        Assert.Equal("Succeeded", done.GetProperty("state").GetString());
        Assert.Equal(digest, done.GetProperty("lineage").GetProperty("datasetDigest").GetString());
    }

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task BadRequestNamesTheField(string field, string expectedError, JsonNode? value)
    {
        var body = Requests.Job();
        body[field] = value?.DeepClone();
        var response = await _vision.PostAsJsonAsync("/v1/jobs", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Json();
        Assert.True(problem.GetProperty("errors").TryGetProperty(expectedError, out _), $"errors should name '{expectedError}': {problem}");
    }

    public static TheoryData<string, JsonArray> OversizedCommands => new()
    {
        { "1025 arguments", new JsonArray([.. Enumerable.Range(0, 1025).Select(_ => (JsonNode?)JsonValue.Create("x"))]) },
        { "a 25 MB argument", new JsonArray("sh", "-c", new string('x', 25 * 1024 * 1024)) },
        { "70 KiB in all", new JsonArray([.. Enumerable.Range(0, 10).Select(_ => (JsonNode?)JsonValue.Create(new string('y', 7 * 1024)))]) },
        { "a 40 KiB argument", new JsonArray("sh", "-c", new string('z', 40 * 1024)) },
    };

    [Theory]
    [MemberData(nameof(OversizedCommands))]
    public async Task AnOversizedCommandIsA400NamingTheCommandNotARunThatCannotStart(string what, JsonArray command)
    {
        var body = Requests.Job();
        body["command"] = command;

        var response = await _vision.PostAsJsonAsync("/v1/jobs", body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        var errors = (await response.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("command", out var messages), $"{what}: {errors}");
        Assert.Contains("at most", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamTokenCannotSubmitForAnotherTeam()
    {
        var body = Requests.Job();
        body["team"] = "nlp";
        var response = await _vision.PostAsJsonAsync("/v1/jobs", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("team", out _));
    }

    [Fact]
    public async Task AdminMustNameTheTeam()
    {
        var response = await _admin.PostAsJsonAsync("/v1/jobs", Requests.Job());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = Requests.Job();
        body["team"] = "nlp";
        Assert.Equal(HttpStatusCode.Created, (await _admin.PostAsJsonAsync("/v1/jobs", body)).StatusCode);
    }

    [Fact]
    public async Task UnknownJobIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _vision.GetAsync("/v1/jobs/j-does-not-exist")).StatusCode);

    [Fact]
    public async Task TeamSeesOnlyItsOwnJobsAndAdminSeesAll()
    {
        var id = (await (await _vision.PostAsJsonAsync("/v1/jobs", Requests.Job())).Json()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await _nlp.GetAsync($"/v1/jobs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _nlp.PostAsync($"/v1/jobs/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync($"/v1/jobs/{id}")).StatusCode);
        var nlpList = await (await _nlp.GetAsync("/v1/jobs")).Json();
        Assert.DoesNotContain(nlpList.EnumerateArray(), j => j.GetProperty("id").GetString() == id);
        var adminList = await (await _admin.GetAsync("/v1/jobs?team=vision&limit=1000")).Json();
        Assert.Contains(adminList.EnumerateArray(), j => j.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task CancelStopsARunningJobAndASecondCancelConflicts()
    {
        var id = (await (await _vision.PostAsJsonAsync("/v1/jobs", Requests.Job("sleep 30"))).Json()).GetProperty("id").GetString()!;
        await Requests.WaitForState(_vision, id, "Running");
        var cancel = await _vision.PostAsync($"/v1/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("Cancelled", (await cancel.Json()).GetProperty("state").GetString());
        var again = await _vision.PostAsync($"/v1/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("already-final", (await again.Json()).GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("state", "Sleeping")]
    [InlineData("limit", "0")]
    [InlineData("team", "nlp")]
    public async Task BadListFilterNamesTheParameter(string parameter, string value)
    {
        var response = await _vision.GetAsync($"/v1/jobs?{parameter}={value}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task ListFiltersByQueueAndState()
    {
        var body = Requests.Job(queue: "urgent", clientKey: "urgent-list-1");
        var id = (await (await _nlp.PostAsJsonAsync("/v1/jobs", body)).Json()).GetProperty("id").GetString();
        var urgent = await (await _nlp.GetAsync("/v1/jobs?queue=urgent")).Json();
        Assert.All(urgent.EnumerateArray(), j => Assert.Equal("urgent", j.GetProperty("queue").GetString()));
        Assert.Contains(urgent.EnumerateArray(), j => j.GetProperty("id").GetString() == id);
        var cancelled = await (await _nlp.GetAsync("/v1/jobs?state=cancelled")).Json();
        Assert.All(cancelled.EnumerateArray(), j => Assert.Equal("Cancelled", j.GetProperty("state").GetString()));
    }
}
