using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlPlatform.Scheduler.Api.Tests;

internal static class Requests
{
    public const string Image = "registry.example/train@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static JsonObject Job(string command = "true", decimal gpus = 1, int seconds = 600, string queue = "default", string? clientKey = null) => new()
    {
        ["queue"] = queue,
        ["gpus"] = gpus,
        ["cpu"] = 2,
        ["memoryGiB"] = 8,
        ["image"] = Image,
        ["command"] = new JsonArray("sh", "-c", command),
        ["expectedDurationSeconds"] = seconds,
        ["checkpointPath"] = "s3://ckpt/run",
        ["clientKey"] = clientKey,
    };

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static Task<JsonElement> WaitForState(HttpClient client, string id, params string[] states) =>
        WaitForState(client, id, TimeSpan.FromSeconds(30), states);

    /// <summary>Polls job <paramref name="id"/> until it is in one of <paramref name="states"/> or <paramref name="limit"/> passed.</summary>
    public static async Task<JsonElement> WaitForState(HttpClient client, string id, TimeSpan limit, params string[] states)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var job = await (await client.GetAsync($"/v1/jobs/{id}")).Json();
            if (states.Contains(job.GetProperty("state").GetString()) || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(50);
        }
    }
}
