namespace MlPlatform.Components.Aws.Tests;

public sealed class GpuPoolPlanTests
{
    [Fact]
    public void InvalidSpecReportsEveryBadFieldAtOnce()
    {
        var spec = new GpuPoolSpec("Train", ["g6.xlarge", "p5.48xlarge", "m7i.xlarge"], ["g6.2xlarge"], 5, 2, SpotPercentage: 150);

        var error = Assert.Throws<InvalidSpecException>(() => GpuPoolPlan.Create(spec, "gpuPools[0]", "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Catalog));

        var paths = error.Errors.Select(e => e.Path).ToHashSet();
        Assert.Contains("gpuPools[0].name", paths);
        Assert.Contains("gpuPools[0].maxNodes", paths);
        Assert.Contains("gpuPools[0].spotPercentage", paths);
        Assert.Contains("gpuPools[0].instanceTypes[1]", paths);
        Assert.Contains("gpuPools[0].instanceTypes[2]", paths);
    }

    [Fact]
    public void FallbackTypeWithOtherGpuCountIsRejected()
    {
        var spec = new GpuPoolSpec("train", ["g6.xlarge", "g6.2xlarge", "g6.4xlarge"], ["g6.12xlarge"], 0, 4);

        var error = Assert.Throws<InvalidSpecException>(() => GpuPoolPlan.Create(spec, "gpuPools[1]", "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Catalog));

        Assert.Equal("gpuPools[1].fallbackInstanceTypes[0]", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public void SpotPoolNeedsThreeCompatibleTypes()
    {
        var spec = new GpuPoolSpec("train", ["g6.xlarge", "g6.2xlarge"], [], 0, 4);

        var error = Assert.Throws<InvalidSpecException>(() => GpuPoolPlan.Create(spec, "gpuPools[0]", "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Catalog));

        Assert.Equal("gpuPools[0].instanceTypes", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public void SpotGroupRanksAboveTheOnDemandFallback()
    {
        var plan = GpuPoolPlan.Create(GpuNodePoolTests.L4Pool(spot: 50, min: 2, max: 6), "p", "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Catalog);

        Assert.True(plan.SpotGroup!.Priority > plan.OnDemandGroup!.Priority);
        Assert.Equal(3, plan.SpotGroup.MaxSize);
        Assert.Equal(6, plan.OnDemandGroup.MaxSize);
        Assert.Equal(1, plan.SpotGroup.MinSize);
        Assert.Equal(1, plan.OnDemandGroup.MinSize);
    }

    [Fact]
    public void GpusPerNodeAndModelComeFromThePriceTables()
    {
        var spec = new GpuPoolSpec("big", ["g6.12xlarge", "g6.24xlarge", "g5.12xlarge"], [], 0, 2);

        var plan = GpuPoolPlan.Create(spec, "p", "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Catalog);

        Assert.Equal(4, plan.GpusPerNode);
        Assert.Equal("L4", plan.Gpu.Name);
    }
}
