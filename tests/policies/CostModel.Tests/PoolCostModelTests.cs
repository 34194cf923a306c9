namespace MlPlatform.CostModel.Tests;

public class PoolCostModelTests
{
    private static CapacityGroupCost Spot(int min, int max, decimal price = 0.4m, decimal gpus = 1) =>
        new(CapacityType.Spot, "g6.xlarge", new HourlyPrice(price, false), gpus, min, max);

    private static CapacityGroupCost OnDemand(int min, int max, decimal price = 1m, decimal gpus = 1) =>
        new(CapacityType.OnDemand, "g6.xlarge", new HourlyPrice(price, false), gpus, min, max);

    [Fact]
    public void FallbackReplacesSpotInsteadOfAddingToIt()
    {
        var groups = new[] { Spot(0, 4), OnDemand(0, 4) };

        var range = PoolCostModel.Estimate(groups, 0.5m);

        Assert.Equal(0m, range.MinUsdPerHour);
        Assert.Equal(0.8m, range.ExpectedUsdPerHour); // 2 spot nodes, fallback at its minimum
        Assert.Equal(4m, range.MaxUsdPerHour);        // spot gone: 4 on-demand nodes, not 4 + 4
        Assert.Equal(4, PoolCostModel.MaxNodes(groups));
        Assert.Equal(100m, PoolCostModel.SpotShareAtFullScale(groups));
    }

    [Fact]
    public void OnDemandFloorIsPaidInEveryScenario()
    {
        // prod "serve": 12 nodes max, 2 on-demand base, half the rest spot (GpuPoolSizing: spot 0..5, on-demand 2..12).
        var groups = new[] { Spot(0, 5, 0.35m), OnDemand(2, 12, 0.80m) };

        var range = PoolCostModel.Estimate(groups, 0.5m);

        Assert.Equal(1.6m, range.MinUsdPerHour);
        Assert.Equal((2.5m * 0.35m) + 1.6m, range.ExpectedUsdPerHour);
        Assert.Equal(12 * 0.80m, range.MaxUsdPerHour);
        Assert.Equal(41.7m, PoolCostModel.SpotShareAtFullScale(groups));
        Assert.Equal(12, PoolCostModel.MaxGpus(groups));
    }

    [Fact]
    public void SingleKindPoolsCountEveryGroupFull()
    {
        var groups = new[] { OnDemand(1, 3, 2m, gpus: 4), OnDemand(0, 2, 3m, gpus: 8) };

        var range = PoolCostModel.Estimate(groups, 0m);

        Assert.Equal(2m, range.ExpectedUsdPerHour);
        Assert.Equal(12m, range.MaxUsdPerHour);
        Assert.Equal(28, PoolCostModel.MaxGpus(groups));
        Assert.Equal(0m, PoolCostModel.SpotShareAtFullScale(groups));
    }

    [Fact]
    public void MonthlyFiguresUseSevenHundredThirtyHours()
    {
        var range = CostRange.Fixed(0.10m) + CostRange.Nodes(1m, 0, 1, 2);

        Assert.Equal(73m, range.MinUsdPerMonth);
        Assert.Equal(0.10m * 730 + 730, range.UsdPerMonth(CostBasis.Expected));
        Assert.Equal(0.10m * 730 + 1460, range.UsdPerMonth(CostBasis.Max));
        Assert.Equal(CostRange.Zero, range - range);
    }
}
