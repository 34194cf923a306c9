using Microsoft.Extensions.Logging.Abstractions;
using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Observability;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Serving;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;
using Moq;
using Prometheus;

namespace MlPlatform.Inference.Tests.Serving;

/// <summary>A repository in a temporary directory, scripted executors, a fixed random source and a private metrics registry.</summary>
public abstract class EngineTestBase : IDisposable
{
    private readonly TempDirectory _repo = new();

    protected EngineTestBase()
    {
        Random.Setup(r => r.NextDouble()).Returns(0.99);
    }

    protected TempDirectory Repo => _repo;

    protected ScriptedExecutorFactory Executors { get; } = new();

    protected Mock<IRandomSource> Random { get; } = new();

    protected CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    protected void AddVersion(string version, byte[]? model = null) =>
        _repo.Write($"models/m/{version}/model.onnx", model ?? OnnxModelBuilder.Identity(OnnxModelBuilder.Fp32, -1, 2));

    protected void Alias(string alias, string version) => _repo.Write($"aliases/m/{alias}", version);

    protected static byte[] Negate() => OnnxModelBuilder.Build("Neg", [("x", OnnxModelBuilder.Fp32, [-1, 2])], [("y", OnnxModelBuilder.Fp32, [-1, 2])]);

    protected InferenceEngine Engine(EngineSettings? settings = null) => new(
        new LocalDirectoryModelRepository(_repo.Path),
        Executors,
        settings ?? new EngineSettings { Batching = new BatchingSettings { MaxQueueDelay = TimeSpan.FromMilliseconds(1) } },
        new InferenceMetrics(Registry),
        TimeProvider.System,
        Random.Object,
        NullLogger<InferenceEngine>.Instance);

    protected static InferenceRequest Request(float value = 1) => new(null, [InferTensor.FromSingles("x", [1, 2], [value, value + 1])], [], false);

    protected static async Task<ShadowReport> WaitForShadow(InferenceEngine engine, long total)
    {
        for (var i = 0; i < 200; i++)
        {
            var report = engine.FindModel("m")!.Shadow.Snapshot();
            if (report.Matches + report.Mismatches + report.Errors >= total)
            {
                return report;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("no shadow comparison was recorded");
    }

    protected async Task<string> Exposition()
    {
        using var stream = new MemoryStream();
        await Registry.CollectAndExportAsTextAsync(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _repo.Dispose();
        }
    }

    // Waits (bounded) for the load to reach a point, rather than assuming how much a fixed delay lets through.
    protected static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }
}
