using System.Collections.Immutable;

namespace MlPlatform.Components.Azure.Tests;

public sealed class AzureGpuPoolPlanTests
{
    internal static GpuPoolSpec T4Pool(int spot = 100, int onDemandBase = 0, int min = 0, int max = 6, string name = "infer") =>
        new(name, ["Standard_NC4as_T4_v3", "Standard_NC8as_T4_v3", "Standard_NC16as_T4_v3"], ["Standard_NC8as_T4_v3"], min, max, spot, onDemandBase);

    private static AzureGpuPoolPlan Plan(GpuPoolSpec spec, string? mountPath = "/mnt/dataset-cache") =>
        AzureGpuPoolPlan.Create(spec, "gpuPools[0]", AzureTestEnvironment.Region, AzureTestEnvironment.Catalog, mountPath);

    [Fact]
    public void EachVmSizeBecomesItsOwnSpotPoolAndFallbackSizesOnDemandPools()
    {
        var plan = Plan(T4Pool());

        Assert.Equal(["infers0", "infers1", "infers2", "infero0"], plan.AgentPools.Select(p => p.Name).ToArray());
        Assert.Equal(["Standard_NC4as_T4_v3", "Standard_NC8as_T4_v3", "Standard_NC16as_T4_v3"], plan.SpotPools.Select(p => p.VmSize).ToArray());
        Assert.Equal("Standard_NC8as_T4_v3", Assert.Single(plan.OnDemandPools).VmSize);
    }

    [Fact]
    public void SpotSizesRankAboveEachOtherInPreferenceOrderAndAllAboveOnDemand()
    {
        var plan = Plan(T4Pool());

        var priorities = plan.AgentPools.Select(p => p.Priority).ToArray();
        Assert.Equal(priorities.OrderDescending().ToArray(), priorities);
        Assert.True(plan.SpotPools.Min(p => p.Priority) > plan.OnDemandPools.Max(p => p.Priority));
    }

    [Fact]
    public void SpotMaximumIsSharedOutSoThePoolNeverExceedsIt()
    {
        var plan = Plan(T4Pool(spot: 100, min: 2, max: 7));

        Assert.Equal(plan.Sizing.SpotMax, plan.SpotPools.Sum(p => p.MaxCount));
        Assert.Equal([3, 2, 2], plan.SpotPools.Select(p => p.MaxCount).ToArray());
        Assert.Equal(2, plan.SpotPools[0].MinCount);
    }

    [Fact]
    public void OnDemandBaseIsTheFallbackPoolsMinimum()
    {
        var plan = Plan(T4Pool(spot: 50, onDemandBase: 2, min: 2, max: 10));

        var fallback = Assert.Single(plan.OnDemandPools);
        Assert.Equal(2, fallback.MinCount);
        Assert.Equal(10, fallback.MaxCount);
    }

    [Fact]
    public void PoolWithoutSpotHasOnlyOnDemandPools()
    {
        var plan = Plan(T4Pool(spot: 0, min: 1, max: 3));

        Assert.Empty(plan.SpotPools);
        Assert.All(plan.AgentPools, p => Assert.False(p.Spot));
    }

    [Fact]
    public void SpotPoolsCarryTheAksSpotTaintAndTheGpuTaintFallbackOnlyTheGpuTaint()
    {
        var plan = Plan(T4Pool());

        Assert.All(plan.SpotPools, p => Assert.Equal(["kubernetes.azure.com/scalesetpriority=spot:NoSchedule", "nvidia.com/gpu=true:NoSchedule"], p.Taints.ToArray()));
        Assert.All(plan.OnDemandPools, p => Assert.Equal(["nvidia.com/gpu=true:NoSchedule"], p.Taints.ToArray()));
    }

    [Fact]
    public void LabelsAreTheSameKeysAsOnAws()
    {
        var plan = Plan(T4Pool());

        var spot = plan.SpotPools[0].Labels;
        Assert.Equal("infer", spot[GpuNodeLabels.Pool]);
        Assert.Equal("T4", spot[GpuNodeLabels.GpuType]);
        Assert.Equal("16", spot[GpuNodeLabels.GpuMemoryGiB]);
        Assert.Equal(GpuNodeLabels.Spot, spot[GpuNodeLabels.CapacityType]);
        Assert.Equal(GpuNodeLabels.OnDemand, plan.OnDemandPools[0].Labels[GpuNodeLabels.CapacityType]);
        Assert.Equal("temp", spot[CacheDisks.Label]);
    }

    [Fact]
    public void ExpanderEntriesMatchTheScaleSetsAksCreates()
    {
        var yaml = PriorityExpanderConfig.Yaml(Plan(T4Pool()).ExpanderEntries);

        Assert.StartsWith("50:\n  - '^aks-infers0-.*'\n49:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("10:\n  - '^aks-infero0-.*'\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void VmSizesNotInTheAzurePriceRowsAreRejectedNamingTheField()
    {
        var spec = T4Pool() with { InstanceTypes = ["Standard_NC4as_T4_v3", "g6.xlarge"] };

        var error = Assert.Throws<InvalidSpecException>(() => Plan(spec));

        Assert.Contains(error.Errors, e => e.Path == "gpuPools[0].instanceTypes[1]");
    }

    [Fact]
    public void IncompatibleFallbackAndBadBoundsAreAllReportedAtOnce()
    {
        var spec = T4Pool(min: 5, max: 2) with { FallbackInstanceTypes = ["Standard_ND96asr_v4"] };

        var error = Assert.Throws<InvalidSpecException>(() => Plan(spec));

        Assert.Contains(error.Errors, e => e.Path == "gpuPools[0].maxNodes");
        Assert.Contains(error.Errors, e => e.Path == "gpuPools[0].fallbackInstanceTypes[0]");
    }

    [Fact]
    public void MoreThanTenSizesDoNotFitAgentPoolNames()
    {
        var spec = T4Pool() with { InstanceTypes = [.. Enumerable.Repeat("Standard_NC4as_T4_v3", 11)] };

        var errors = AzureGpuPoolPlan.Validate(spec, "gpuPools[0]", AzureTestEnvironment.Region, AzureTestEnvironment.Catalog);

        Assert.Contains(errors, e => e.Path == "gpuPools[0].instanceTypes" && e.Problem.Contains("at most 10", StringComparison.Ordinal));
    }

    [Fact]
    public void PoolsWhoseAgentPoolNamesCollideAfterShorteningAreRejected()
    {
        ImmutableArray<GpuPoolSpec> specs = [T4Pool(name: "inferencea"), T4Pool(name: "inferencea")];

        var error = Assert.Throws<InvalidSpecException>(() => AzureGpuPoolPlan.CreateAll(specs, "mlplatform:gpuPools", AzureTestEnvironment.Region, AzureTestEnvironment.Catalog));

        Assert.Contains(error.Errors, e => e.Path == "mlplatform:gpuPools[1].name");
    }

    [Theory]
    [InlineData(7, 3, new[] { 3, 2, 2 })]
    [InlineData(2, 3, new[] { 1, 1 })]
    [InlineData(0, 3, new int[0])]
    [InlineData(4, 1, new[] { 4 })]
    public void ShareFavoursPreferredSizesAndDropsEmptyOnes(int total, int count, int[] expected)
    {
        Assert.Equal(expected, AzureGpuPoolPlan.Share(total, count).ToArray());
    }

    [Fact]
    public void NvmeSizesAreLabelledForNvmeCache()
    {
        var spec = new GpuPoolSpec("a100", ["Standard_ND96asr_v4"], [], 0, 2);

        var plan = Plan(spec);

        Assert.All(plan.AgentPools, p => Assert.Equal(CacheDiskKind.Nvme, p.CacheDisk));
        Assert.All(plan.AgentPools, p => Assert.Equal("nvme", p.Labels[CacheDisks.Label]));
    }
}
