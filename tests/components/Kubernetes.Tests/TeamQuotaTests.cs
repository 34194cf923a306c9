namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class TeamQuotaTests
{
    [Fact]
    public void QuotaCapsGpusCpuAndMemoryAsConfigured()
    {
        var hard = TeamQuota.Hard(new TeamQuotaSpec(16, 64, 256));
        Assert.Equal("16", hard["requests.nvidia.com/gpu"]);
        Assert.Equal("64", hard["requests.cpu"]);
        Assert.Equal("256Gi", hard["requests.memory"]);
        Assert.Equal("128", hard["limits.cpu"]);
        Assert.Equal("512Gi", hard["limits.memory"]);
    }

    [Fact]
    public void QuotaCapsObjectCountsAndForbidsLoadBalancers()
    {
        var hard = TeamQuota.Hard(new TeamQuotaSpec(1, 1, 1, Pods: 10, Jobs: 7));
        Assert.Equal("10", hard["pods"]);
        Assert.Equal("7", hard["count/jobs.batch"]);
        Assert.Equal("0", hard["services.loadbalancers"]);
        Assert.Equal("0", hard["services.nodeports"]);
    }

    [Fact]
    public void GpuQuotaOfZeroIsAllowedForCpuOnlyTeams() =>
        Assert.Equal("0", TeamQuota.Hard(new TeamQuotaSpec(0, 4, 8))["requests.nvidia.com/gpu"]);

    [Fact]
    public void NegativeOrEmptyQuotasAreAllReported()
    {
        var errors = TeamQuota.Validate(new TeamQuotaSpec(-1, 0, 0), "teams[vision]");
        Assert.Equal(["teams[vision].gpuQuota", "teams[vision].cpuQuota", "teams[vision].memoryQuotaGiB"], errors.Select(e => e.Path).ToArray());
    }
}
