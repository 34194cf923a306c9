using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Tests.Serving;

/// <summary>Loading, readiness, failures, hot swap and unloading (ModelCatalogue, through the engine).</summary>
public sealed class ModelCatalogueTests : EngineTestBase
{
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
        Directory.Delete(Path.Combine(Repo.Path, "models", "m", "1"), recursive: true);
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
        Repo.Write("models/other/1/model.onnx", OnnxModelBuilder.Identity(OnnxModelBuilder.Fp32, -1, 2));
        await using var engine = Engine();
        await engine.LoadAllAsync();
        Directory.Delete(Path.Combine(Repo.Path, "models", "other"), recursive: true);

        var results = await engine.ReloadAllAsync();

        Assert.Equal(["m"], engine.ModelNames);
        Assert.Equal(["1"], results.Single(r => r.Model == "other").Unloaded);
        var ex = await Assert.ThrowsAsync<InferenceException>(() => engine.InferAsync("other", null, "x-model-version", Request()));
        Assert.Equal(InferenceErrorKind.NotFound, ex.Kind);
        Assert.True(engine.IsReady);
    }
}
