using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.RealProcess;

/// <summary>The built server as a child process on loopback: SIGTERM drain, hot swap under load, overload. Loads are bounded in count and time.</summary>
public sealed class RealProcessTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    private void TinyVersion(string version, string op = "Identity") =>
        _repo.Write($"models/m/{version}/model.onnx", OnnxModelBuilder.Build(op, [("x", OnnxModelBuilder.Fp32, [-1, 2])], [("y", OnnxModelBuilder.Fp32, [-1, 2])]));

    private static HttpRequestMessage TinyRequest() => new(HttpMethod.Post, new Uri("/v2/models/m/infer", UriKind.Relative))
    {
        Content = Oip.Content([InferTensor.FromSingles("x", [1, 2], [1, 2])], binary: true, binaryOutputs: true),
    };

    [Fact]
    public async Task SigtermDrainsInFlightAndQueuedRequestsThenExitsCleanly()
    {
        // The real classifier, with a long queue delay so requests are still queued when SIGTERM arrives.
        _repo.Write("models/ocr-cls/1/model.onnx", await File.ReadAllBytesAsync(OcrModelRepository.ClassifierModel));
        _repo.Write("models/ocr-cls/1/metadata.json", """{"warmup":{"x":[1,3,48,192]}}""");
        await using var api = await ApiProcess.StartAsync(_repo.Path, new Dictionary<string, string>
        {
            ["Inference:Batching:MaxBatchSize"] = "64",
            ["Inference:Batching:MaxQueueDelay"] = "00:00:08",
            ["Inference:Batching:DispatchWhenIdle"] = "false",
        });
        const int Requests = 12;
        var pending = Enumerable.Range(0, Requests)
            .Select(i => api.Client.PostAsync(new Uri("/v2/models/ocr-cls/infer", UriKind.Relative), Oip.Content([Oip.ClassifierInput(1, seed: i)], binary: true, binaryOutputs: true)))
            .ToArray();
        for (var i = 0; i < 100 && await api.MetricAsync("inference_queue_depth{model=\"ocr-cls\",version=\"1\"}") != Requests; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(Requests, await api.MetricAsync("inference_queue_depth{model=\"ocr-cls\",version=\"1\"}"));
        var clock = Stopwatch.StartNew();
        api.Terminate();
        var responses = await Task.WhenAll(pending);
        var exitCode = await api.WaitForExitAsync(TimeSpan.FromSeconds(15));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            var answer = await Oip.ReadAsync(response);
            Assert.Equal([1L, 2], answer.Outputs[0].Shape);
            response.Dispose();
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"drain took {clock.Elapsed}");
        Assert.Equal(0, exitCode);
        Assert.Contains("Drained", api.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HotSwapUnderLoadFailsNoRequest()
    {
        TinyVersion("1");
        _repo.Write("aliases/m/stable", "1");
        await using var api = await ApiProcess.StartAsync(_repo.Path, new Dictionary<string, string> { ["Inference:Batching:MaxQueueDelay"] = "00:00:00.001" });
        using var stop = new CancellationTokenSource();
        var outcomes = new ConcurrentBag<(HttpStatusCode Status, string? Version)>();
        var load = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            for (var n = 0; n < 2000 && !stop.IsCancellationRequested; n++)
            {
                using var request = TinyRequest();
                using var response = await api.Client.SendAsync(request);
                outcomes.Add((response.StatusCode, response.Headers.TryGetValues("x-model-version", out var v) ? v.Single() : null));
            }
        })).ToArray();

        await WaitUntil(() => outcomes.Any(o => o.Version == "1"));
        TinyVersion("2", "Neg");
        _repo.Write("aliases/m/stable", "2");
        using (var moved = await api.Client.PostAsync(new Uri("/v2/repository/models/m/load", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        await WaitUntil(() => outcomes.Any(o => o.Version == "2"));
        Directory.Delete(Path.Combine(_repo.Path, "models", "m", "1"), recursive: true);
        using (var removed = await api.Client.PostAsync(new Uri("/v2/repository/models/m/load", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.True(outcomes.Count > 50, $"only {outcomes.Count} requests ran");
        Assert.All(outcomes, o => Assert.Equal(HttpStatusCode.OK, o.Status));
        Assert.Contains(outcomes, o => o.Version == "1");
        Assert.Contains(outcomes, o => o.Version == "2");
        Assert.Contains("Retired m version 1", api.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverloadIsAnswered429WithRetryAfterAndTheServerStaysHealthy()
    {
        TinyVersion("1");
        await using var api = await ApiProcess.StartAsync(_repo.Path, new Dictionary<string, string>
        {
            ["Inference:Batching:MaxQueueSize"] = "4",
            ["Inference:Batching:MaxBatchSize"] = "64",
            ["Inference:Batching:MaxQueueDelay"] = "00:00:01",
            ["Inference:Batching:DispatchWhenIdle"] = "false",
        });

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var request = TinyRequest();
            return await api.Client.SendAsync(request);
        }));

        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        Assert.Equal(12, rejected.Length);
        Assert.All(rejected, r => Assert.NotNull(r.Headers.RetryAfter));
        Assert.Equal(12, await api.MetricAsync("inference_requests_total{model=\"m\",version=\"1\",outcome=\"overloaded\"}"));
        using var live = await api.Client.GetAsync(new Uri("/v2/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    public void Dispose() => _repo.Dispose();

    // Waits (bounded) for the load to reach a point, rather than assuming how much a fixed delay lets through.
    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
