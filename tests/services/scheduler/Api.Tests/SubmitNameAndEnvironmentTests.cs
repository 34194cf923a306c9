using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MlPlatform.Scheduler.Api.Tests;

/// <summary>A job's name and environment: accepted within limits, refused beyond them as 400s naming the field.</summary>
public sealed class SubmitNameAndEnvironmentTests(SchedulerApiFactory factory) : IClassFixture<SchedulerApiFactory>
{
    private readonly HttpClient _vision = factory.ClientWith(SchedulerApiFactory.VisionToken);

    [Fact]
    public async Task TheNameIsShownAndTheEnvironmentReachesTheRunBesideTheSchedulersOwn()
    {
        var body = Requests.Job("test \"$GREETING\" = 'hello world' && test \"$EMPTY\" = '' && test -n \"$MLPLATFORM_JOB_ID\"");
        body["name"] = "resnet50-sweep.3";
        body["environment"] = new JsonObject { ["GREETING"] = "hello world", ["EMPTY"] = string.Empty };

        var submitted = await (await _vision.PostAsJsonAsync("/v1/jobs", body)).Json();
        var done = await Requests.WaitForState(_vision, submitted.GetProperty("id").GetString()!, "Succeeded", "Failed");

        Assert.Equal("Succeeded", done.GetProperty("state").GetString());
        Assert.Equal("resnet50-sweep.3", done.GetProperty("name").GetString());
        Assert.Equal("hello world", done.GetProperty("environment").GetProperty("GREETING").GetString());
    }

    public static TheoryData<string, JsonNode, string, string> Refused => new()
    {
        { "name", JsonValue.Create("-starts-with-a-dash")!, "name", "1-63 characters" },
        { "name", JsonValue.Create(new string('n', 64))!, "name", "1-63 characters" },
        { "environment", Variables(129, 1), "environment", "at most 128" },
        { "environment", new JsonObject { ["1ST"] = "x" }, "environment.1ST", "is not a variable name" },
        { "environment", new JsonObject { ["A-B"] = "x" }, "environment.A-B", "is not a variable name" },
        { "environment", new JsonObject { [new string('N', 257)] = "x" }, "environment." + new string('N', 64) + "…", "at most 256 bytes" },
        { "environment", new JsonObject { ["MLPLATFORM_JOB_ID"] = "forged" }, "environment.MLPLATFORM_JOB_ID", "the scheduler sets itself" },
        { "environment", new JsonObject { ["BIG"] = new string('v', 40 * 1024) }, "environment.BIG", "at most 32768 per value" },
        { "environment", Variables(3, 30 * 1024), "environment", "at most 65536 are accepted" },
        { "environment", new JsonObject { ["NUL"] = "a\0b" }, "environment.NUL", "NUL character" },
        { "environment", new JsonObject { ["NOTHING"] = null }, "environment.NOTHING", "has no value" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ANameOrEnvironmentBeyondTheLimitsIsA400NamingTheField(string field, JsonNode value, string errorKey, string problem)
    {
        var body = Requests.Job();
        body[field] = value.DeepClone();

        var response = await _vision.PostAsJsonAsync("/v1/jobs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(errorKey, out var messages), $"errors should name '{errorKey}': {errors}");
        Assert.Contains(problem, messages[0].GetString(), StringComparison.Ordinal);
    }

    private static JsonObject Variables(int count, int valueBytes) =>
        new([.. Enumerable.Range(0, count).Select(i => KeyValuePair.Create<string, JsonNode?>($"V{i}", new string('v', valueBytes)))]);
}
