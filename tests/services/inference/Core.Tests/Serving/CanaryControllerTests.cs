using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Serving;

namespace MlPlatform.Inference.Tests.Serving;

/// <summary>Automatic canary rollback on errors and on p99 latency (CanaryController, through the engine).</summary>
public sealed class CanaryControllerTests : EngineTestBase
{
    [Fact]
    public async Task AFailingCanaryIsRolledBackAutomaticallyAndStaysOffUntilItsAliasMoves()
    {
        AddVersion("1");
        AddVersion("2");
        AddVersion("3");
        Alias("stable", "1");
        Alias("canary", "2");
        Executors.Failing.Add("/m/2/");
        await using var engine = Engine(new EngineSettings
        {
            Routing = new RoutingSettings { CanaryWeight = 0.5 },
            Rollback = new RollbackSettings { MinRequests = 5, ErrorRateMargin = 0.1 },
        });
        await engine.LoadAllAsync();

        var draws = 0;
        Random.Setup(r => r.NextDouble()).Returns(() => Interlocked.Increment(ref draws) % 2 == 0 ? 0.1 : 0.9);
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
        Executors.Slow["/m/2/"] = TimeSpan.FromMilliseconds(30);
        await using var engine = Engine(new EngineSettings
        {
            Batching = new BatchingSettings { MaxBatchSize = 1 },
            Routing = new RoutingSettings { CanaryWeight = 0.5 },
            Rollback = new RollbackSettings { MinRequests = 5, P99MinSamples = 5, P99LatencyMargin = 1.0 },
        });
        await engine.LoadAllAsync();
        var draws = 0;
        Random.Setup(r => r.NextDouble()).Returns(() => Interlocked.Increment(ref draws) % 2 == 0 ? 0.1 : 0.9);

        for (var i = 0; i < 12 && engine.FindModel("m")!.Snapshot.Table.Canary is not null; i++)
        {
            await engine.InferAsync("m", null, "x-model-version", Request());
        }

        Assert.Equal("2", engine.FindModel("m")!.Snapshot.RolledBackCanary);
    }
}
