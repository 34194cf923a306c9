using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Endpoints;

/// <summary>Versions, aliases, hot swap, shadow and overload through the HTTP API, on tiny generated models.</summary>
public sealed class RolloutApiTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    private void AddVersion(string version, string op = "Identity") =>
        _repo.Write($"models/m/{version}/model.onnx", OnnxModelBuilder.Build(op, [("x", OnnxModelBuilder.Fp32, [-1, 2])], [("y", OnnxModelBuilder.Fp32, [-1, 2])]));

    private void Alias(string alias, string version) => _repo.Write($"aliases/m/{alias}", version);

    private static HttpContent Input(float a = 1, float b = 2) => Oip.Content([InferTensor.FromSingles("x", [1, 2], [a, b])], binary: true, binaryOutputs: true);

    private static Task<HttpResponseMessage> Infer(HttpClient client, string? pin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v2/models/m/infer", UriKind.Relative)) { Content = Input() };
        if (pin is not null)
        {
            request.Headers.Add("x-model-version", pin);
        }

        return client.SendAsync(request);
    }

    [Fact]
    public async Task TheVersionHeaderPinsAVersionAndTheAnswerNamesIt()
    {
        AddVersion("1");
        AddVersion("2", "Neg");
        Alias("stable", "1");
        await using var factory = new InferenceApiFactory(_repo.Path);
        using var client = await factory.ReadyClientAsync();

        var stable = await Oip.ReadAsync(await Infer(client));
        using var pinnedResponse = await Infer(client, "2");
        var pinned = await Oip.ReadAsync(pinnedResponse);

        Assert.Equal("1", stable.ModelVersion);
        Assert.Equal([1f, 2f], stable.Outputs[0].ToSingles());
        Assert.Equal("2", pinned.ModelVersion);
        Assert.Equal([-1f, -2f], pinned.Outputs[0].ToSingles());
        Assert.Equal("2", pinnedResponse.Headers.GetValues("x-model-version").Single());
    }

    [Fact]
    public async Task MovingTheStableAliasAndLoadingSwapsVersionsWithoutFailingRequests()
    {
        AddVersion("1");
        Alias("stable", "1");
        await using var factory = new InferenceApiFactory(_repo.Path);
        using var client = await factory.ReadyClientAsync();
        using var stop = new CancellationTokenSource();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await Infer(client);
                statuses.Add(response.StatusCode);
            }
        })).ToArray();

        await Task.Delay(150);
        AddVersion("2", "Neg");
        Alias("stable", "2");
        using var loaded = await client.PostAsync(new Uri("/v2/repository/models/m/load", UriKind.Relative), null);
        await Task.Delay(150);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        var result = await loaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2", result.GetProperty("stable").GetString());
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal("2", (await Oip.ReadAsync(await Infer(client))).ModelVersion);
        var routing = await client.GetFromJsonAsync<JsonElement>(new Uri("/v2/models/m/routing", UriKind.Relative));
        Assert.Equal("2", routing.GetProperty("stable").GetString());
    }

    [Fact]
    public async Task WithAPollIntervalAnAliasMoveIsPickedUpWithoutACall()
    {
        AddVersion("1");
        Alias("stable", "1");
        await using var factory = new InferenceApiFactory(_repo.Path, new Dictionary<string, string?> { ["Inference:Repository:PollInterval"] = "00:00:01" });
        using var client = await factory.ReadyClientAsync();

        AddVersion("2", "Neg");
        Alias("stable", "2");
        string? version = null;
        for (var i = 0; i < 100 && version != "2"; i++)
        {
            await Task.Delay(100);
            version = (await Oip.ReadAsync(await Infer(client))).ModelVersion;
        }

        Assert.Equal("2", version);
    }

    [Fact]
    public async Task LoadingAModelThatIsNotInTheRepositoryIsNotFound()
    {
        AddVersion("1");
        await using var factory = new InferenceApiFactory(_repo.Path);
        using var client = await factory.ReadyClientAsync();

        using var response = await client.PostAsync(new Uri("/v2/repository/models/ghost/load", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("model_name", (await Oip.ErrorAsync(response)).Field);
    }

    [Fact]
    public async Task ShadowResultsAreVisibleButTheClientGetsThePrimaryAnswer()
    {
        AddVersion("1");
        AddVersion("2", "Neg");
        Alias("stable", "1");
        Alias("shadow", "2");
        await using var factory = new InferenceApiFactory(_repo.Path);
        using var client = await factory.ReadyClientAsync();

        var answer = await Oip.ReadAsync(await Infer(client));
        JsonElement shadow = default;
        for (var i = 0; i < 100; i++)
        {
            shadow = await client.GetFromJsonAsync<JsonElement>(new Uri("/v2/models/m/shadow", UriKind.Relative));
            if (shadow.GetProperty("mismatches").GetInt64() > 0)
            {
                break;
            }

            await Task.Delay(20);
        }

        Assert.Equal([1f, 2f], answer.Outputs[0].ToSingles());
        Assert.Equal(1, shadow.GetProperty("mismatches").GetInt64());
        Assert.Equal("2", shadow.GetProperty("recent")[0].GetProperty("shadowVersion").GetString());
    }

    [Fact]
    public async Task AFullQueueAnswers429WithRetryAfter()
    {
        AddVersion("1");
        await using var factory = new InferenceApiFactory(_repo.Path, new Dictionary<string, string?>
        {
            ["Inference:Batching:MaxQueueSize"] = "2",
            ["Inference:Batching:MaxBatchSize"] = "64",
            ["Inference:Batching:MaxQueueDelay"] = "00:00:00.500",
            ["Inference:Batching:RetryAfter"] = "00:00:02",
            ["Inference:Batching:DispatchWhenIdle"] = "false",
        });
        using var client = await factory.ReadyClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Infer(client)));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        Assert.Equal(6, rejected.Length);
        Assert.All(rejected, r => Assert.Equal(TimeSpan.FromSeconds(2), r.Headers.RetryAfter!.Delta));
        Assert.Equal("model", (await Oip.ErrorAsync(rejected[0])).Field);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    public void Dispose() => _repo.Dispose();
}
