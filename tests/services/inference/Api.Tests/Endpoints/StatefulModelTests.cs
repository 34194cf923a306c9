using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Endpoints;

/// <summary>
/// Silero VAD v5, fetched by the model script beside the OCR models: stateful (its state output is the next call's state
/// input), three inputs, an INT64 scalar sample rate. All-zero synthetic warm-up fails on it.
/// </summary>
public sealed class StatefulModelTests : IDisposable
{
    private static readonly string VadFolder = Path.Combine(OcrModelRepository.Path, "models", "silero-vad", "1");
    private readonly TempDirectory _repo = new();

    public void Dispose() => _repo.Dispose();

    private static string Chunk(float amplitude, string state) =>
        $$"""{"inputs":[{"name":"input","datatype":"FP32","shape":[1,512],"data":[{{string.Join(",", Enumerable.Range(0, 512).Select(i => (amplitude * MathF.Sin(i * 0.3f)).ToString(System.Globalization.CultureInfo.InvariantCulture)))}}]},{"name":"state","datatype":"FP32","shape":[2,1,128],"data":{{state}}},{"name":"sr","datatype":"INT64","shape":[],"data":[16000]}]}""";

    private static readonly string ZeroState = $"[{string.Join(",", Enumerable.Repeat("0", 256))}]";

    // The classifier (required) and the VAD without its warm-up request: only the synthetic warm-up is left for it.
    private void BrokenVadBesideClassifier()
    {
        _repo.Write("models/ocr-cls/1/model.onnx", File.ReadAllBytes(OcrModelRepository.ClassifierModel));
        _repo.Write("models/ocr-cls/1/metadata.json", """{"warmup":{"x":[1,3,48,192]}}""");
        _repo.Write("models/silero-vad/1/model.onnx", File.ReadAllBytes(Path.Combine(VadFolder, "model.onnx")));
    }

    [Fact]
    public async Task TheRealStatefulModelWarmsUpFromItsSampleRequestAndCarriesStateAcrossCalls()
    {
        await using var factory = new InferenceApiFactory(OcrModelRepository.Path);
        using var client = await factory.ReadyClientAsync();

        using var first = await client.PostAsync(new Uri("/v2/models/silero-vad/infer", UriKind.Relative), Oip.Json(Chunk(0.5f, ZeroState)));
        var answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var state = answer.GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "stateN");
        Assert.Equal([2L, 1, 128], state.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()));
        Assert.Contains(state.GetProperty("data").EnumerateArray(), v => v.GetDouble() != 0);

        using var second = await client.PostAsync(new Uri("/v2/models/silero-vad/infer", UriKind.Relative), Oip.Json(Chunk(0.5f, state.GetProperty("data").GetRawText())));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task ABatchDimensionThatDisagreesBetweenInputsIsA400NotA500()
    {
        await using var factory = new InferenceApiFactory(OcrModelRepository.Path);
        using var client = await factory.ReadyClientAsync();
        var twoRows = Chunk(0.5f, ZeroState).Replace("\"shape\":[1,512],\"data\":[", "\"shape\":[2,256],\"data\":[", StringComparison.Ordinal);

        using var response = await client.PostAsync(new Uri("/v2/models/silero-vad/infer", UriKind.Relative), Oip.Json(twoRows));

        var error = await Oip.ErrorAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("inputs", error.Field, StringComparison.Ordinal);
        Assert.Contains("shape", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenOptionalModelIsReportedWithItsReasonWhileTheServerStaysReady()
    {
        BrokenVadBesideClassifier();
        await using var factory = new InferenceApiFactory(_repo.Path, new Dictionary<string, string?> { ["Inference:Models:silero-vad:Required"] = "false" });
        using var client = await factory.ReadyClientAsync();

        using var vadReady = await client.GetAsync(new Uri("/v2/models/silero-vad/ready", UriKind.Relative));
        var reason = (await vadReady.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString();
        using var classifierReady = await client.GetAsync(new Uri("/v2/models/ocr-cls/ready", UriKind.Relative));
        var index = await (await client.PostAsync(new Uri("/v2/repository/index", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        using var infer = await client.PostAsync(new Uri("/v2/models/silero-vad/infer", UriKind.Relative), Oip.Json(Chunk(0.5f, ZeroState)));
        using var load = await client.PostAsync(new Uri("/v2/repository/models/silero-vad/load", UriKind.Relative), null);
        var problem = await load.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, vadReady.StatusCode);
        Assert.Contains("synthetic warm-up", reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, classifierReady.StatusCode);
        var entry = index.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "silero-vad");
        Assert.Equal("UNAVAILABLE", entry.GetProperty("state").GetString());
        Assert.Contains("synthetic warm-up", entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, infer.StatusCode);
        Assert.Contains("silero-vad (", (await Oip.ErrorAsync(infer)).Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, load.StatusCode);
        Assert.Equal("application/problem+json", load.Content.Headers.ContentType?.MediaType);
        Assert.Contains("synthetic warm-up", problem.GetProperty("versions").GetProperty("1").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenRequiredModelKeepsTheServerUnreadyAndSaysWhy()
    {
        BrokenVadBesideClassifier();
        await using var factory = new InferenceApiFactory(_repo.Path);
        using var client = factory.CreateClient();
        JsonElement ready = default;
        for (var i = 0; i < 200; i++)
        {
            using var response = await client.GetAsync(new Uri("/v2/health/ready", UriKind.Relative));
            ready = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (ready.TryGetProperty("reason", out var r) && r.GetString()!.Contains("silero-vad", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.False(ready.GetProperty("ready").GetBoolean());
        Assert.Contains("required model 'silero-vad' failed", ready.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/v2/models/ocr-cls/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheServerIsReadyOnceTheBrokenModelGetsASampleRequestAndIsReloaded()
    {
        BrokenVadBesideClassifier();
        await using var factory = new InferenceApiFactory(_repo.Path);
        using var client = factory.CreateClient();
        _repo.Write("models/silero-vad/1/warmup.json", File.ReadAllText(Path.Combine(VadFolder, "warmup.json")));
        _repo.Write("models/silero-vad/1/metadata.json", """{"warmup_request":"warmup.json"}""");

        using var load = await client.PostAsync(new Uri("/v2/repository/models/silero-vad/load", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, load.StatusCode);
        using var ready = await factory.ReadyClientAsync();
    }
}
