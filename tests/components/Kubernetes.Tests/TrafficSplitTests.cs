namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class TrafficSplitTests
{
    [Fact]
    public void CanaryWeightsThatSumTo100AreValid() =>
        Assert.Empty(TrafficSplit.Validate(K8sTest.Traffic(), "models[ocr-cls]"));

    [Fact]
    public void WeightsThatDoNotSumTo100AreRejected()
    {
        var traffic = K8sTest.Traffic() with { Versions = [new("1", 90), new("2", 20)] };
        var error = Assert.Single(TrafficSplit.Validate(traffic, "models[ocr-cls]"));
        Assert.Equal("models[ocr-cls].versions", error.Path);
        Assert.Contains("110", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        var traffic = new ModelTraffic("m", "team", [new("1", -5), new("1", 150)], new ModelShadow("", 0));
        var paths = TrafficSplit.Validate(traffic, "models[m]").Select(e => e.Path).ToList();
        Assert.Contains("models[m].versions[0].weight", paths);
        Assert.Contains("models[m].versions[1].weight", paths);
        Assert.Contains("models[m].versions[1].version", paths);
        Assert.Contains("models[m].shadow.version", paths);
        Assert.Contains("models[m].shadow.percent", paths);
    }

    [Fact]
    public void RolledBackVersionWithWeightZeroStaysValid() =>
        Assert.Empty(TrafficSplit.Validate(K8sTest.Traffic() with { Versions = [new("1", 100), new("2", 0)] }, "m"));

    [Fact]
    public void ShadowVersionMustNotAlsoReceiveLiveTraffic()
    {
        var error = Assert.Single(TrafficSplit.Validate(K8sTest.Traffic(new ModelShadow("2", 10)), "m"));
        Assert.Equal("m.shadow.version", error.Path);
    }

    [Fact]
    public void RollBackMovesTheCanaryShareToTheStableVersion()
    {
        var rolledBack = TrafficSplit.RollBack(K8sTest.Traffic().Versions, "2", "1");
        Assert.Equal([new ModelVersionWeight("1", 100), new ModelVersionWeight("2", 0)], rolledBack.ToArray());
    }

    [Theory]
    [InlineData(new[] { 3, 1 }, new[] { 75, 25 })]
    [InlineData(new[] { 1, 1, 1 }, new[] { 34, 33, 33 })]
    [InlineData(new[] { 0, 5 }, new[] { 0, 100 })]
    [InlineData(new[] { 90, 10 }, new[] { 90, 10 })]
    public void NormalizeScalesRatiosToPercentagesSummingTo100(int[] weights, int[] expected)
    {
        var normalized = TrafficSplit.Normalize([.. weights.Select((w, i) => new ModelVersionWeight($"v{i}", w))]);
        Assert.Equal(expected, normalized.Select(w => w.Weight).ToArray());
        Assert.Equal(100, normalized.Sum(w => w.Weight));
    }

    [Fact]
    public void NormalizeRefusesAllZeroWeights() =>
        Assert.Throws<ArgumentException>(() => TrafficSplit.Normalize([new("1", 0), new("2", 0)]));

    [Fact]
    public void DeployedVersionsIncludeTheShadow() =>
        Assert.Equal(["1", "2", "3"], (K8sTest.Traffic(new ModelShadow("3", 5)).DeployedVersions).ToArray());
}
