using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Observability;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Serving;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Tests.Serving;

/// <summary>The request path through the façade: routing, validation errors, draining, metrics and traces.</summary>
public sealed class InferenceEngineTests : EngineTestBase
{
    [Fact]
    public async Task TheCanaryGetsItsWeightedShareAndPinsOverrideTheSplit()
    {
        AddVersion("1");
        AddVersion("2");
        Alias("stable", "1");
        Alias("canary", "2");
        await using var engine = Engine(new EngineSettings { Routing = new RoutingSettings { CanaryWeight = 0.3 } });
        await engine.LoadAllAsync();

        Random.Setup(r => r.NextDouble()).Returns(0.29);
        Assert.Equal(RouteReason.Canary, (await engine.InferAsync("m", null, "x-model-version", Request())).Reason);
        Random.Setup(r => r.NextDouble()).Returns(0.3);
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
}
