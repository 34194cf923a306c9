using MlPlatform.Inference.Routing;
using Moq;

namespace MlPlatform.Inference.Tests.Routing;

public sealed class VersionRouterTests
{
    private static readonly RoutingTable Table = new("1", "2", 0.25, null, 0, new HashSet<string> { "1", "2", "3" });

    private static VersionRouter RouterDrawing(params double[] draws)
    {
        var random = new Mock<IRandomSource>();
        var sequence = random.SetupSequence(r => r.NextDouble());
        foreach (var draw in draws)
        {
            sequence = sequence.Returns(draw);
        }

        return new VersionRouter(random.Object);
    }

    [Theory]
    [InlineData(0.0, "2", RouteReason.Canary)]
    [InlineData(0.2499, "2", RouteReason.Canary)]
    [InlineData(0.25, "1", RouteReason.Stable)]
    [InlineData(0.99, "1", RouteReason.Stable)]
    public void UnpinnedTrafficSplitsByTheCanaryWeight(double draw, string version, RouteReason reason)
    {
        var decision = RouterDrawing(draw).Route(Table, null);

        Assert.Equal(new RouteDecision(version, reason, null), decision);
    }

    [Fact]
    public void APinnedVersionWinsOverTheSplit()
    {
        Assert.Equal(new RouteDecision("3", RouteReason.Pinned, null), RouterDrawing(0.0).Route(Table, "3"));
    }

    [Fact]
    public void APinToAVersionThatIsNotLoadedIsRefused()
    {
        Assert.Null(RouterDrawing(0.5).Route(Table, "9"));
    }

    [Fact]
    public void WithoutACanaryEverythingGoesToStable()
    {
        var decision = RouterDrawing(0.0).Route(Table with { Canary = null }, null);

        Assert.Equal("1", decision!.Version);
    }

    [Theory]
    [InlineData(0.5, 0.49, "3")]
    [InlineData(0.5, 0.5, null)]
    public void ShadowCopiesAreSampledAtTheirRate(double canaryDraw, double shadowDraw, string? shadow)
    {
        var decision = RouterDrawing(canaryDraw, shadowDraw).Route(Table with { Shadow = "3", ShadowSampleRate = 0.5 }, null);

        Assert.Equal("1", decision!.Version);
        Assert.Equal(shadow, decision.ShadowVersion);
    }

    [Fact]
    public void AVersionIsNeverItsOwnShadow()
    {
        var decision = RouterDrawing(0.9, 0.0).Route(Table with { Shadow = "1", ShadowSampleRate = 1 }, null);

        Assert.Null(decision!.ShadowVersion);
    }
}
