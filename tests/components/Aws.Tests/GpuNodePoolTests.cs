using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Aws.Tests;

public sealed class GpuNodePoolTests
{
    private const string NodeGroupType = "aws:eks/nodeGroup:NodeGroup";

    private const string LaunchTemplateType = "aws:ec2/launchTemplate:LaunchTemplate";

    internal static GpuPoolSpec L4Pool(int spot = 100, int onDemandBase = 0, int min = 0, int max = 4) =>
        new("train", ["g6.xlarge", "g6.2xlarge", "g6.4xlarge"], ["g6.2xlarge"], min, max, spot, onDemandBase);

    internal static GpuNodePoolArgs Args(GpuPoolSpec spec, GpuNodeProvisioning provisioning = GpuNodeProvisioning.ManagedNodeGroups) => new()
    {
        Spec = spec,
        SpecPath = "gpuPools[0]",
        ClusterName = "mlp-dev",
        Region = AwsTestEnvironment.Region,
        Catalog = AwsTestEnvironment.Catalog,
        Tags = AwsTestEnvironment.Tags,
        ClusterNameOutput = "mlp-dev",
        NodeRoleArn = "arn:aws:iam::123456789012:role/mlp-dev-node",
        NodeRoleName = "mlp-dev-node",
        SubnetIds = new InputList<string> { "subnet-a", "subnet-b" },
        NodeSecurityGroupId = "sg-nodes",
        ClusterSecurityGroupId = "sg-cluster",
        Provisioning = provisioning,
    };

    private static async Task<(EchoMocks Mocks, GpuNodePool? Pool)> DeployAsync(GpuNodePoolArgs args)
    {
        var mocks = AwsTestEnvironment.Mocks();
        GpuNodePool? pool = null;
        await Deployment.TestAsync(mocks, new TestOptions(), () => pool = new GpuNodePool("train", args));
        return (mocks, pool);
    }

    [Fact]
    public async Task SpotGroupAndOnDemandFallbackExistWithTheirCapacityTypes()
    {
        var (mocks, _) = await DeployAsync(Args(L4Pool(spot: 75, onDemandBase: 1, min: 1, max: 5)));

        var spot = mocks.Named(NodeGroupType, "train-spot").Inputs;
        var fallback = mocks.Named(NodeGroupType, "train-ondemand").Inputs;
        Assert.Equal("SPOT", spot["capacityType"]);
        Assert.Equal(["g6.xlarge", "g6.2xlarge", "g6.4xlarge"], spot.Strings("instanceTypes").ToArray());
        Assert.Equal("ON_DEMAND", fallback["capacityType"]);
        Assert.Equal(["g6.2xlarge"], fallback.Strings("instanceTypes").ToArray());
        Assert.All([spot, fallback], g => Assert.Equal(GpuNodePool.GpuAmiType, g["amiType"]));
    }

    [Fact]
    public async Task OnDemandBaseStaysOnDemandAndFallbackCanTakeOverTheWholePool()
    {
        var (mocks, _) = await DeployAsync(Args(L4Pool(spot: 100, onDemandBase: 1, min: 1, max: 5)));

        var spotScaling = mocks.Named(NodeGroupType, "train-spot").Inputs.Object("scalingConfig");
        var fallbackScaling = mocks.Named(NodeGroupType, "train-ondemand").Inputs.Object("scalingConfig");
        Assert.Equal(0.0, spotScaling["minSize"]);
        Assert.Equal(4.0, spotScaling["maxSize"]);
        Assert.Equal(1.0, fallbackScaling["minSize"]);
        Assert.Equal(5.0, fallbackScaling["maxSize"]);
    }

    [Fact]
    public async Task EveryGpuGroupCarriesTheGpuTaintAndGpuCapacityAndPoolLabels()
    {
        var (mocks, _) = await DeployAsync(Args(L4Pool()));

        foreach (var (name, capacity) in new[] { ("train-spot", "spot"), ("train-ondemand", "on-demand") })
        {
            var inputs = mocks.Named(NodeGroupType, name).Inputs;
            var taint = Assert.Single(inputs.List("taints").Cast<IReadOnlyDictionary<string, object>>());
            Assert.Equal("nvidia.com/gpu", taint["key"]);
            Assert.Equal("true", taint["value"]);
            Assert.Equal("NO_SCHEDULE", taint["effect"]);
            var labels = inputs.Object("labels");
            Assert.Equal("L4", labels[GpuNodeLabels.GpuType]);
            Assert.Equal(capacity, labels[GpuNodeLabels.CapacityType]);
            Assert.Equal("train", labels[GpuNodeLabels.Pool]);
        }
    }

    [Fact]
    public async Task NodeGroupsCarryAutoscalerDiscoveryAndScaleFromZeroTemplateTags()
    {
        var (mocks, _) = await DeployAsync(Args(L4Pool()));

        var tags = mocks.Named(NodeGroupType, "train-spot").Inputs.Object("tags");
        Assert.Equal("true", tags["k8s.io/cluster-autoscaler/enabled"]);
        Assert.Equal("owned", tags["k8s.io/cluster-autoscaler/mlp-dev"]);
        Assert.Equal("1", tags["k8s.io/cluster-autoscaler/node-template/resources/nvidia.com/gpu"]);
        Assert.Equal("true:NoSchedule", tags["k8s.io/cluster-autoscaler/node-template/taint/nvidia.com/gpu"]);
        Assert.Equal("dev", tags["environment"]);
        Assert.Equal("ml-research", tags["cost-center"]);
    }

    [Fact]
    public async Task LaunchTemplateRequiresImdsV2AndEncryptsTheGp3Root()
    {
        var (mocks, _) = await DeployAsync(Args(L4Pool()));

        var template = Assert.Single(mocks.OfType(LaunchTemplateType)).Inputs;
        var metadata = template.Object("metadataOptions");
        Assert.Equal("required", metadata["httpTokens"]);
        Assert.Equal(1.0, metadata["httpPutResponseHopLimit"]);
        var ebs = ((IReadOnlyDictionary<string, object>)Assert.Single(template.List("blockDeviceMappings"))).Object("ebs");
        Assert.Equal("true", ebs["encrypted"]);
        Assert.Equal("gp3", ebs["volumeType"]);
        Assert.Equal(200.0, ebs["volumeSize"]);
    }

    [Fact]
    public async Task BothGroupsUseTheLaunchTemplate()
    {
        var (mocks, _) = await DeployAsync(Args(L4Pool()));

        Assert.All(mocks.OfType(NodeGroupType), g => Assert.Equal("train-lt_id", g.Inputs.Object("launchTemplate")["id"]));
    }

    [Fact]
    public async Task AllOnDemandPoolHasNoSpotGroup()
    {
        var (mocks, _) = await DeployAsync(Args(L4Pool(spot: 0, min: 1, max: 2)));

        var group = Assert.Single(mocks.OfType(NodeGroupType));
        Assert.Equal("ON_DEMAND", group.Inputs["capacityType"]);
    }

    [Fact]
    public async Task InvalidSpecFailsTheDeploymentNamingTheField()
    {
        var spec = L4Pool(spot: 150);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(AwsTestEnvironment.Mocks(), new TestOptions(), () => { _ = new GpuNodePool("train", Args(spec)); }));

        Assert.Contains("gpuPools[0].spotPercentage", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidSpecException), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagedRenderingRanksSpotAboveOnDemandForThePriorityExpander()
    {
        var (_, pool) = await DeployAsync(Args(L4Pool()));

        var yaml = PriorityExpanderConfig.Yaml(pool!.PriorityExpanderEntries);
        Assert.True(yaml.IndexOf("mlp-dev-train-spot", StringComparison.Ordinal) < yaml.IndexOf("mlp-dev-train-ondemand", StringComparison.Ordinal));
        Assert.Empty(pool.Manifests);
    }

    [Fact]
    public async Task KarpenterRenderingCreatesNoNodeGroupsButNodePoolsAndANodeClass()
    {
        var (mocks, pool) = await DeployAsync(Args(L4Pool(), GpuNodeProvisioning.Karpenter));

        Assert.Empty(mocks.OfType(NodeGroupType));
        Assert.Empty(mocks.OfType(LaunchTemplateType));
        Assert.Equal(["EC2NodeClass", "NodePool", "NodePool"], pool!.Manifests.Select(m => (string)m["kind"]));
        Assert.Empty(pool.PriorityExpanderEntries);
    }

    [Fact]
    public async Task OutputsNameTheNodeGroupsByCapacityType()
    {
        var (_, pool) = await DeployAsync(Args(L4Pool()));

        var names = await pool!.NodeGroupNames.GetAsync();
        Assert.Equal("mlp-dev-train-spot", names["spot"]);
        Assert.Equal("mlp-dev-train-ondemand", names["on-demand"]);
    }
}
