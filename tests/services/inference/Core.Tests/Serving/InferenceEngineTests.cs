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

public sealed class InferenceEngineTests : IDisposable
{
    private readonly TempDirectory _repo = new();
    private readonly ScriptedExecutorFactory _executors = new();
    private readonly Mock<IRandomSource> _random = new();
    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();

    public InferenceEngineTests()
    {
        _random.Setup(r => r.NextDouble()).Returns(0.99);
    }

    private void AddVersion(string version, byte[]? model = null) =>
        _repo.Write($"models/m/{version}/model.onnx", model ?? OnnxModelBuilder.Identity(OnnxModelBuilder.Fp32, -1, 2));

    private void Alias(string alias, string version) => _repo.Write($"aliases/m/{alias}", version);

    private static byte[] Negate() => OnnxModelBuilder.Build("Neg", [("x", OnnxModelBuilder.Fp32, [-1, 2])], [("y", OnnxModelBuilder.Fp32, [-1, 2])]);

    private InferenceEngine Engine(EngineSettings? settings = null) => new(
        new LocalDirectoryModelRepository(_repo.Path),
        _executors,
        settings ?? new EngineSettings { Batching = new BatchingSettings { MaxQueueDelay = TimeSpan.FromMilliseconds(1) } },
        new InferenceMetrics(_registry),
        TimeProvider.System,
        _random.Object,
        NullLogger<InferenceEngine>.Instance);

    private static InferenceRequest Request(float value = 1) => new(null, [InferTensor.FromSingles("x", [1, 2], [value, value + 1])], [], false);

    [Fact]
    public async Task ReadinessWaitsForEveryModelsWarmUpInference()
    {
        AddVersion("1");
        await using var engine = Engine();

        Assert.False(engine.IsReady);
        await engine.LoadAllAsync();

        Assert.True(engine.IsReady);
        Assert.Equal(["m"], engine.ModelNames);
        Assert.Equal("1", engine.FindModel("m")!.Snapshot.Table.Stable);
    }

    [Fact]
    public async Task AModelThatFailsToLoadKeepsTheServerNotReadyAndIsNamed()
    {
        AddVersion("1", [1, 2, 3, 4]);
        await using var engine = Engine();

        await engine.LoadAllAsync();

        Assert.False(engine.IsReady);
        Assert.Contains("m", engine.FailedModels.Keys);
    }

    [Fact]
    public async Task WithoutAliasesTheNewestVersionIsStable()
    {
        AddVersion("2");
        AddVersion("10");
        await using var engine = Engine();
        await engine.LoadAllAsync();

        var outcome = await engine.InferAsync("m", null, "model_version", Request());

        Assert.Equal("10", outcome.Version);
        Assert.Equal([1f, 2f], outcome.Outputs[0].ToSingles());
    }

    [Fact]
    public async Task TheCanaryGetsItsWeightedShareAndPinsOverrideTheSplit()
    {
        AddVersion("1");
        AddVersion("2");
        Alias("stable", "1");
        Alias("canary", "2");
        await using var engine = Engine(new EngineSettings { Routing = new RoutingSettings { CanaryWeight = 0.3 } });
        await engine.LoadAllAsync();

        _random.Setup(r => r.NextDouble()).Returns(0.29);
        Assert.Equal(RouteReason.Canary, (await engine.InferAsync("m", null, "x-model-version", Request())).Reason);
        _random.Setup(r => r.NextDouble()).Returns(0.3);
        Assert.Equal("1", (await engine.InferAsync("m", null, "x-model-version", Request())).Version);
        var pinned = await engine.InferAsync("m", "2", "x-model-version", Request());
        Assert.Equal(("2", RouteReason.Pinned), (pinned.Version, pinned.Reason));
    }

    [Theory]
    [InlineData("nope", null, "model_name")]
    [InlineData("m", "7", "x-model-version")]
    public async Task UnknownModelsAndVersionsAreNotFoundNamingTheField(string model, string? version, string field)
    {
        AddVersion("1");
        await using var engine = Engine();
        await engine.LoadAllAsync();

        var ex = await Assert.ThrowsAsync<InferenceException>(() => engine.InferAsync(model, version, "x-model-version", Request()));

        Assert.Equal((InferenceErrorKind.NotFound, field), (ex.Kind, ex.Field));
    }

    [Fact]
    public async Task AnInputThatDoesNotFitTheModelIsABadRequestNamingTheField()
    {
        AddVersion("1");
        await using var engine = Engine();
        await engine.LoadAllAsync();
        var wrongShape = new InferenceRequest(null, [InferTensor.FromSingles("x", [1, 3], [1, 2, 3])], [], false);

        var ex = await Assert.ThrowsAsync<InferenceException>(() => engine.InferAsync("m", null, "model_version", wrongShape));

        Assert.Equal("inputs[0].shape[1]", ex.Field);
    }

    [Fact]
    public async Task AFailingCanaryIsRolledBackAutomaticallyAndStaysOffUntilItsAliasMoves()
    {
        AddVersion("1");
        AddVersion("2");
        AddVersion("3");
        Alias("stable", "1");
        Alias("canary", "2");
        _executors.Failing.Add("/m/2/");
        await using var engine = Engine(new EngineSettings
        {
            Routing = new RoutingSettings { CanaryWeight = 0.5 },
            Rollback = new RollbackSettings { MinRequests = 5, ErrorRateMargin = 0.1 },
        });
        await engine.LoadAllAsync();

        var draws = 0;
        _random.Setup(r => r.NextDouble()).Returns(() => Interlocked.Increment(ref draws) % 2 == 0 ? 0.1 : 0.9);
        var failures = 0;
        for (var i = 0; i < 40; i++)
        {
            try
            {
                await engine.InferAsync("m", null, "x-model-version", Request());
            }
            catch (InferenceException ex) when (ex.Kind == InferenceErrorKind.Failed)
            {
                failures++;
            }
        }

        var snapshot = engine.FindModel("m")!.Snapshot;
        Assert.Null(snapshot.Table.Canary);
        Assert.Equal("2", snapshot.RolledBackCanary);
        // Six, not five: stable's first answer predates the canary's first, so it is outside the window both share.
        Assert.Equal(6, failures);
        Assert.Contains("inference_canary_rollbacks_total{model=\"m\",version=\"2\"} 1", await Exposition(), StringComparison.Ordinal);

        await engine.ReloadAsync("m");
        Assert.Null(engine.FindModel("m")!.Snapshot.Table.Canary);
        Alias("canary", "3");
        await engine.ReloadAsync("m");
        Assert.Equal("3", engine.FindModel("m")!.Snapshot.Table.Canary);
    }

    [Fact]
    public async Task ASlowCanaryIsRolledBackOnP99()
    {
        AddVersion("1");
        AddVersion("2");
        Alias("stable", "1");
        Alias("canary", "2");
        _executors.Slow["/m/2/"] = TimeSpan.FromMilliseconds(30);
        await using var engine = Engine(new EngineSettings
        {
            Batching = new BatchingSettings { MaxBatchSize = 1 },
            Routing = new RoutingSettings { CanaryWeight = 0.5 },
            Rollback = new RollbackSettings { MinRequests = 5, P99MinSamples = 5, P99LatencyMargin = 1.0 },
        });
        await engine.LoadAllAsync();
        var draws = 0;
        _random.Setup(r => r.NextDouble()).Returns(() => Interlocked.Increment(ref draws) % 2 == 0 ? 0.1 : 0.9);

        for (var i = 0; i < 12 && engine.FindModel("m")!.Snapshot.Table.Canary is not null; i++)
        {
            await engine.InferAsync("m", null, "x-model-version", Request());
        }

        Assert.Equal("2", engine.FindModel("m")!.Snapshot.RolledBackCanary);
    }

    [Fact]
    public async Task ShadowAnswersAreComparedAndRecordedButNeverReturned()
    {
        AddVersion("1");
        AddVersion("2", Negate());
        AddVersion("3");
        Alias("stable", "1");
        Alias("shadow", "2");
        await using var engine = Engine(new EngineSettings { Routing = new RoutingSettings { ShadowSampleRate = 1 } });
        await engine.LoadAllAsync();
        _random.Setup(r => r.NextDouble()).Returns(0.5);

        var outcome = await engine.InferAsync("m", null, "x-model-version", Request(3));

        Assert.Equal("1", outcome.Version);
        Assert.Equal([3f, 4f], outcome.Outputs[0].ToSingles());
        var report = await WaitForShadow(engine, 1);
        Assert.Equal(1, report.Mismatches);
        var comparison = Assert.Single(report.Recent);
        Assert.Equal(("1", "2", false), (comparison.PrimaryVersion, comparison.ShadowVersion, comparison.Match));
        Assert.Equal(8, comparison.MaxAbsoluteDifference, 3);

        Alias("shadow", "3");
        await engine.ReloadAsync("m");
        await engine.InferAsync("m", null, "x-model-version", Request());
        Assert.Equal(1, (await WaitForShadow(engine, 2)).Matches);
    }

    [Fact]
    public async Task TheShadowComparesWhatWasAskedEvenWhenTheCallerReusesItsBufferAtOnce()
    {
        AddVersion("1");
        AddVersion("2");
        Alias("stable", "1");
        Alias("shadow", "2");
        await using var engine = Engine(new EngineSettings { Routing = new RoutingSettings { ShadowSampleRate = 1 } });
        await engine.LoadAllAsync();
        _random.Setup(r => r.NextDouble()).Returns(0.5);
        var buffer = new byte[8];
        BitConverter.TryWriteBytes(buffer.AsSpan(0, 4), 3f);
        BitConverter.TryWriteBytes(buffer.AsSpan(4, 4), 4f);

        var outcome = await engine.InferAsync("m", null, "x-model-version", new InferenceRequest(null, [new InferTensor("x", TensorDataType.Fp32, [1, 2], buffer)], [], false));
        // What the HTTP layer does with a pooled body once the answer is encoded.
        Array.Fill(buffer, (byte)0xFF);

        Assert.Equal([3f, 4f], outcome.Outputs[0].ToSingles());
        var report = await WaitForShadow(engine, 1);
        Assert.Equal(1, report.Matches);
    }

    [Fact]
    public async Task AHotSwapUnderLoadFailsNoRequestAndRetiresTheOldVersion()
    {
        AddVersion("1");
        Alias("stable", "1");
        await using var engine = Engine();
        await engine.LoadAllAsync();
        using var stop = new CancellationTokenSource();
        var versionsSeen = new System.Collections.Concurrent.ConcurrentBag<string>();
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    versionsSeen.Add((await engine.InferAsync("m", null, "x-model-version", Request())).Version);
                }
                catch (Exception ex)
                {
                    errors.Add(ex);
                }
            }
        })).ToArray();

        await WaitUntil(() => versionsSeen.Contains("1"));
        AddVersion("2", Negate());
        Alias("stable", "2");
        var moved = await engine.ReloadAsync("m");
        await WaitUntil(() => versionsSeen.Contains("2"));
        Directory.Delete(Path.Combine(_repo.Path, "models", "m", "1"), recursive: true);
        var removed = await engine.ReloadAsync("m");
        await Task.Delay(100);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Empty(errors);
        Assert.Equal(["2"], moved.Loaded);
        Assert.Equal(["1"], removed.Unloaded);
        Assert.Contains("1", versionsSeen);
        Assert.Contains("2", versionsSeen);
        Assert.Equal(["2"], engine.FindModel("m")!.Snapshot.Versions.Keys);
    }

    [Fact]
    public async Task AModelRemovedFromTheRepositoryIsUnloadedOnTheNextFullReload()
    {
        AddVersion("1");
        _repo.Write("models/other/1/model.onnx", OnnxModelBuilder.Identity(OnnxModelBuilder.Fp32, -1, 2));
        await using var engine = Engine();
        await engine.LoadAllAsync();
        Directory.Delete(Path.Combine(_repo.Path, "models", "other"), recursive: true);

        var results = await engine.ReloadAllAsync();

        Assert.Equal(["m"], engine.ModelNames);
        Assert.Equal(["1"], results.Single(r => r.Model == "other").Unloaded);
        var ex = await Assert.ThrowsAsync<InferenceException>(() => engine.InferAsync("other", null, "x-model-version", Request()));
        Assert.Equal(InferenceErrorKind.NotFound, ex.Kind);
        Assert.True(engine.IsReady);
    }

    [Fact]
    public async Task DrainingAnswersQueuedRequestsAndRefusesNewOnes()
    {
        AddVersion("1");
        await using var engine = Engine(new EngineSettings { Batching = new BatchingSettings { MaxBatchSize = 64, MaxQueueDelay = TimeSpan.FromSeconds(5), DispatchWhenIdle = false } });
        await engine.LoadAllAsync();
        var queued = Enumerable.Range(0, 5).Select(i => engine.InferAsync("m", null, "x-model-version", Request(i))).ToArray();
        await Task.Delay(50);
        Assert.All(queued, t => Assert.False(t.IsCompleted));

        await engine.DrainAsync().WaitAsync(TimeSpan.FromSeconds(3));

        Assert.All(queued, t => Assert.True(t.IsCompletedSuccessfully));
        var last = await queued[4];
        Assert.Equal([4f, 5f], last.Outputs[0].ToSingles());
        Assert.False(engine.IsReady);
        var ex = await Assert.ThrowsAsync<InferenceException>(() => engine.InferAsync("m", null, "x-model-version", Request()));
        Assert.Equal(InferenceErrorKind.Unavailable, ex.Kind);
    }

    [Fact]
    public async Task JunkModelAndVersionNamesShareOneFixedLabelInsteadOfMintingSeries()
    {
        AddVersion("1");
        await using var engine = Engine();
        await engine.LoadAllAsync();

        for (var i = 0; i < 2000; i++)
        {
            await Assert.ThrowsAsync<InferenceException>(() => engine.InferAsync("m", $"junk-{i}", "x-model-version", Request()));
            await Assert.ThrowsAsync<InferenceException>(() => engine.InferAsync($"junk-{i}", null, "model_name", Request()));
        }

        var series = (await Exposition()).Split('\n').Where(l => l.StartsWith("inference_requests_total{", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, series.Length);
        Assert.Contains("inference_requests_total{model=\"m\",version=\"_unknown\",outcome=\"not_found\"} 2000", series);
        Assert.Contains("inference_requests_total{model=\"_unknown\",version=\"\",outcome=\"not_found\"} 2000", series);
    }

    [Fact]
    public async Task RequestsAndBatchesAreCountedInPrometheusMetrics()
    {
        AddVersion("1");
        await using var engine = Engine();
        await engine.LoadAllAsync();

        await engine.InferAsync("m", null, "x-model-version", Request());
        await Assert.ThrowsAsync<InferenceException>(() => engine.InferAsync("m", "9", "x-model-version", Request()));

        var text = await Exposition();
        Assert.Contains("inference_requests_total{model=\"m\",version=\"1\",outcome=\"success\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("inference_requests_total{model=\"m\",version=\"_unknown\",outcome=\"not_found\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("inference_batch_size_count{model=\"m\",version=\"1\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("inference_queue_wait_seconds_count{model=\"m\",version=\"1\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("inference_compute_seconds_count{model=\"m\",version=\"1\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("inference_model_ready{model=\"m\",version=\"1\"} 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachRequestIsTracedWithModelVersionAndRoute()
    {
        AddVersion("1");
        await using var engine = Engine();
        await engine.LoadAllAsync();
        var activities = new System.Collections.Concurrent.ConcurrentBag<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == InferenceTracing.SourceName,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        await engine.InferAsync("m", null, "x-model-version", Request());

        var infer = Assert.Single(activities, a => a.OperationName == "infer" && (string?)a.GetTagItem("inference.model") == "m");
        Assert.Equal("1", infer.GetTagItem("inference.version"));
        Assert.Equal("Stable", infer.GetTagItem("inference.route"));
        Assert.Contains(activities, a => a.OperationName == "execute-batch");
    }

    private static async Task<ShadowReport> WaitForShadow(InferenceEngine engine, long total)
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

    private async Task<string> Exposition()
    {
        using var stream = new MemoryStream();
        await _registry.CollectAndExportAsTextAsync(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Dispose() => _repo.Dispose();

    // Waits (bounded) for the load to reach a point, rather than assuming how much a fixed delay lets through.
    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }
}
