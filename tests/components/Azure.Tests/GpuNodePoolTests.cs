using MlPlatform.Testing;
using Pulumi.Testing;

namespace MlPlatform.Components.Azure.Tests;

public sealed class GpuNodePoolTests
{
    private const string AgentPoolType = "azure-native:containerservice:AgentPool";

    internal static GpuNodePoolArgs Args(GpuPoolSpec spec) => new()
    {
        Spec = spec,
        SpecPath = "mlplatform:gpuPools[0]",
        Region = AzureTestEnvironment.Region,
        Catalog = AzureTestEnvironment.Catalog,
        Tags = AzureTestEnvironment.Tags,
        ClusterName = "mlp-dev",
        ResourceGroupName = "mlp-dev-rg",
        SubnetId = "subnet-nodes",
        AvailabilityZones = ["1", "2"],
        Team = "vision",
    };

    private static async Task<(EchoMocks Mocks, GpuNodePool Pool)> DeployAsync(GpuNodePoolArgs args)
    {
        var mocks = AzureTestEnvironment.Mocks();
        GpuNodePool? pool = null;
        await AzureTestEnvironment.DeployAsync(mocks, () => pool = new GpuNodePool("infer", args));
        return (mocks, pool!);
    }

    private static List<MockResourceArgs> Pools(EchoMocks mocks, string priority) =>
        mocks.OfType(AgentPoolType).Where(p => (string)p.Inputs["scaleSetPriority"] == priority).ToList();

    [Fact]
    public async Task SpotPoolsHaveSpotPriorityDeleteEvictionAndPayUpToOnDemand()
    {
        var (mocks, _) = await DeployAsync(Args(AzureGpuPoolPlanTests.T4Pool()));

        var spot = Pools(mocks, "Spot");
        Assert.Equal(3, spot.Count);
        Assert.All(spot, p =>
        {
            Assert.Equal("Delete", p.Inputs["scaleSetEvictionPolicy"]);
            Assert.Equal(-1.0, p.Inputs["spotMaxPrice"]);
            Assert.Equal("User", p.Inputs["mode"]);
        });
    }

    [Fact]
    public async Task SpotPoolsCarryTheSpotAndGpuTaints()
    {
        var (mocks, _) = await DeployAsync(Args(AzureGpuPoolPlanTests.T4Pool()));

        Assert.All(Pools(mocks, "Spot"), p => Assert.Equal(
            ["kubernetes.azure.com/scalesetpriority=spot:NoSchedule", "nvidia.com/gpu=true:NoSchedule"],
            p.Inputs.Strings("nodeTaints").ToArray()));
    }

    [Fact]
    public async Task FallbackPoolIsRegularWithoutSpotSettings()
    {
        var (mocks, _) = await DeployAsync(Args(AzureGpuPoolPlanTests.T4Pool(spot: 50, onDemandBase: 1, min: 1, max: 4)));

        var fallback = Assert.Single(Pools(mocks, "Regular"));
        Assert.Equal("Standard_NC8as_T4_v3", fallback.Inputs["vmSize"]);
        Assert.False(fallback.Inputs.ContainsKey("scaleSetEvictionPolicy"));
        Assert.False(fallback.Inputs.ContainsKey("spotMaxPrice"));
        Assert.Equal(["nvidia.com/gpu=true:NoSchedule"], fallback.Inputs.Strings("nodeTaints").ToArray());
        Assert.Equal(1.0, fallback.Inputs["minCount"]);
        Assert.Equal(4.0, fallback.Inputs["maxCount"]);
    }

    [Fact]
    public async Task EveryPoolAutoscalesBetweenItsBoundsOnTheNodeSubnet()
    {
        var (mocks, _) = await DeployAsync(Args(AzureGpuPoolPlanTests.T4Pool(min: 2, max: 7)));

        var pools = mocks.OfType(AgentPoolType);
        Assert.All(pools, p =>
        {
            Assert.Equal(true, p.Inputs["enableAutoScaling"]);
            Assert.True((double)p.Inputs["minCount"] <= (double)p.Inputs["maxCount"]);
            Assert.Equal("subnet-nodes", p.Inputs["vnetSubnetID"]);
            Assert.Equal("mlp-dev", p.Inputs["resourceName"]);
            Assert.Equal(["1", "2"], p.Inputs.Strings("availabilityZones").ToArray());
        });
        Assert.Equal(7.0, Pools(mocks, "Spot").Sum(p => (double)p.Inputs["maxCount"]));
    }

    [Fact]
    public async Task AgentPoolNamesAreAtMostTwelveLowercaseCharacters()
    {
        var (mocks, pool) = await DeployAsync(Args(AzureGpuPoolPlanTests.T4Pool(name: "inferencexl")));

        var names = await pool.AgentPoolNames.GetAsync();
        Assert.Equal(4, names.Length);
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9]{0,11}$", n));
        Assert.Equal(names.ToArray(), mocks.OfType(AgentPoolType).Select(p => (string)p.Inputs["agentPoolName"]).ToArray());
    }

    [Fact]
    public async Task LabelsMatchAwsAndTagsNameTheTeamAndPool()
    {
        var (mocks, _) = await DeployAsync(Args(AzureGpuPoolPlanTests.T4Pool()));

        var spot = Pools(mocks, "Spot")[0].Inputs;
        var labels = spot.Object("nodeLabels");
        Assert.Equal("infer", labels[GpuNodeLabels.Pool]);
        Assert.Equal("T4", labels[GpuNodeLabels.GpuType]);
        Assert.Equal(GpuNodeLabels.Spot, labels[GpuNodeLabels.CapacityType]);
        var tags = spot.Object("tags");
        Assert.Equal("vision", tags["team"]);
        Assert.Equal("dev", tags["environment"]);
        Assert.Equal("infer", tags[GpuNodePool.PoolTag]);
        Assert.Equal("spot", tags[GpuNodePool.CapacityTypeTag]);
        // Azure rejects tag names containing '/'.
        Assert.All(tags.Keys, k => Assert.DoesNotContain('/', k));
    }

    [Fact]
    public async Task ThePoolsPriorityEntriesRankItsSpotAgentPoolsAboveOnDemand()
    {
        var (_, pool) = await DeployAsync(Args(AzureGpuPoolPlanTests.T4Pool()));

        var entries = pool.Plan.ExpanderEntries;
        var spot = Assert.Single(entries, e => e.NodeGroupPattern == "^aks-infers0-.*");
        Assert.All(entries.Where(e => e != spot), e => Assert.True(e.Priority < spot.Priority, e.NodeGroupPattern));
    }

    [Fact]
    public async Task InvalidSpecFailsNamingTheFieldAndDeclaresNothing()
    {
        var spec = AzureGpuPoolPlanTests.T4Pool() with { SpotPercentage = 120, InstanceTypes = ["Standard_NC4as_T4_v3", "Standard_Imaginary_v9"] };
        var mocks = AzureTestEnvironment.Mocks();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => AzureTestEnvironment.DeployAsync(mocks, () => _ = new GpuNodePool("infer", Args(spec))));

        // The run fails with every problem, each naming its field.
        Assert.Contains("mlplatform:gpuPools[0].spotPercentage", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("mlplatform:gpuPools[0].instanceTypes[1]", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(mocks.OfType(AgentPoolType));
    }

    [Fact]
    public void InvalidSpecThrowsBeforeAnyDeployment()
    {
        var spec = AzureGpuPoolPlanTests.T4Pool(min: 3, max: 1);

        var error = Assert.Throws<InvalidSpecException>(() => AzureGpuPoolPlan.Create(spec, "mlplatform:gpuPools[0]", AzureTestEnvironment.Region, AzureTestEnvironment.Catalog));

        Assert.Contains(error.Errors, e => e.Path == "mlplatform:gpuPools[0].maxNodes");
    }
}
