using MlPlatform.Testing;
using Pulumi;

namespace MlPlatform.Infra.Tests;

public sealed class PlatformStackTests
{
    [Theory]
    [InlineData("dev", "aws")]
    [InlineData("prod", "aws")]
    [InlineData("dev-azure", "azure")]
    [InlineData("prod-azure", "azure")]
    public async Task CommittedStacksRunAndExportTheOutputsContract(string stack, string cloud)
    {
        var (resources, _) = await PlatformRun.RunAsync(stack);

        var platform = Assert.Single(resources.OfType<PlatformStack>());
        Assert.Equal(stack, await platform.Environment.GetAsync());
        Assert.Equal(cloud, await platform.Cloud.GetAsync());
        Assert.Equal(PlatformStack.OutputsContractVersion, await platform.ContractVersion.GetAsync());
        Assert.True(await platform.Kubeconfig.IsSecretAsync());
        // EKS echoes the configured name; on AKS the name is provider-computed and so unknown in a preview.
        var (known, clusterName) = await platform.ClusterName.GetWithKnownAsync();
        Assert.Equal(cloud == "aws", known);
        Assert.True(!known || clusterName!.StartsWith("mlp-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AwsDevIsSpotOnlyOnOneL4PoolWithAnOnDemandFallbackGroup()
    {
        var (resources, mocks) = await PlatformRun.RunAsync("dev");

        var counts = PlatformRun.CountsByType(resources);
        Assert.Equal(1, counts["aws:eks/cluster:Cluster"]);
        Assert.Equal(1, counts["mlplatform:aws:GpuNodePool"]);
        Assert.Equal(3, counts["aws:eks/nodeGroup:NodeGroup"]);
        Assert.Equal(2, counts["aws:s3/bucket:Bucket"]);
        Assert.Equal(4, counts["aws:ecr/repository:Repository"]);
        Assert.Equal(3, counts["aws:budgets/budget:Budget"]);
        var gpuGroups = mocks.OfType("aws:eks/nodeGroup:NodeGroup").Where(g => g.Inputs.ContainsKey("taints")).ToList();
        Assert.Contains(gpuGroups, g => (string)g.Inputs["capacityType"] == "SPOT");
        Assert.Contains(gpuGroups, g => (string)g.Inputs["capacityType"] == "ON_DEMAND");
    }

    [Fact]
    public async Task AwsProdHasTwoGpuPoolsAndThreeZones()
    {
        var (resources, _) = await PlatformRun.RunAsync("prod");

        var counts = PlatformRun.CountsByType(resources);
        Assert.Equal(2, counts["mlplatform:aws:GpuNodePool"]);
        Assert.Equal(5, counts["aws:eks/nodeGroup:NodeGroup"]);
        Assert.Equal(6, counts["aws:ec2/subnet:Subnet"]);
        Assert.Equal(3, counts["aws:ec2/natGateway:NatGateway"]);
        Assert.Equal(5, counts["aws:ecr/repository:Repository"]);
    }

    [Theory]
    [InlineData("dev-azure", 1, 4)]
    [InlineData("prod-azure", 2, 8)]
    public async Task AzureStacksHaveSpotAndRegularAgentPoolsPerSize(string stack, int pools, int agentPools)
    {
        var (resources, mocks) = await PlatformRun.RunAsync(stack);

        var counts = PlatformRun.CountsByType(resources);
        Assert.Equal(1, counts["azure-native:containerservice:ManagedCluster"]);
        Assert.Equal(pools, counts["mlplatform:azure:GpuNodePool"]);
        Assert.Equal(agentPools, counts["azure-native:containerservice:AgentPool"]);
        var priorities = mocks.OfType("azure-native:containerservice:AgentPool").Select(p => p.Inputs.GetValueOrDefault("scaleSetPriority") as string).ToList();
        Assert.Contains("Spot", priorities);
        Assert.Contains("Regular", priorities);
    }

    [Fact]
    public async Task AnInvalidConfigFailsTheRunBeforeAnyResourceWithEveryProblemListed()
    {
        var overrides = new Dictionary<string, string>
        {
            ["gpuPools"] = """[{"name":"l4","instanceTypes":["g6.xlarge","g6.2xlarge","g6.4xlarge"],"minNodes":4,"maxNodes":2}]""",
            ["budget"] = """{"monthlyLimitUsd":100,"recipients":["ops"]}""",
        };

        var error = await Assert.ThrowsAsync<RunException>(() => PlatformRun.RunAsync("dev", overrides));

        Assert.Contains("mlplatform:gpuPools[0].maxNodes must be >= minNodes (got 2 < 4)", error.Message, StringComparison.Ordinal);
        Assert.Contains("mlplatform:budget.recipients[0] must be an e-mail address (got 'ops')", error.Message, StringComparison.Ordinal);
    }
}
