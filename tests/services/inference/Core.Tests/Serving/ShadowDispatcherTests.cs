using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Serving;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Tests.Serving;

/// <summary>Shadow comparisons: recorded, never returned, on a private copy of the inputs (ShadowDispatcher, through the engine).</summary>
public sealed class ShadowDispatcherTests : EngineTestBase
{
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
        Random.Setup(r => r.NextDouble()).Returns(0.5);

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
        Random.Setup(r => r.NextDouble()).Returns(0.5);
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
}
