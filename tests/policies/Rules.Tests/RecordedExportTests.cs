using System.Collections.Immutable;
using System.Text;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Previews;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

/// <summary>
/// The gate on stack exports nobody here wrote: pulumi-eks's and pulumi-azure-native's recorded provider-upgrade
/// checkpoints (data/pulumi/third-party, see PROVENANCE.md), as recorded and with their instance types swapped for GPU
/// types (the same documents a GPU platform would produce).
/// </summary>
public sealed class RecordedExportTests
{
    private static readonly string[] CapacityTypes = [.. ScalingGroupReader.Types];

    [Fact]
    public void PulumiEksNodeGroupsCapacityIsSeenInsideItsCloudFormationStacksAndItsAutoScalingGroups()
    {
        var resources = Load("pulumi-eks/nodegroup.stack.json");
        var input = new PolicyInput(resources, Aws());

        var groups = CapacityOf(input, Aws());

        // eks.NodeGroup (v1) ×4 through CloudFormation + launch configuration, eks.NodeGroupV2 ×3 through an ASG + launch template.
        Assert.Equal(7, groups.Count);
        Assert.Equal(4, groups.Count(g => g.Urn.Contains("aws:cloudformation/stack:Stack", StringComparison.Ordinal)));
        Assert.All(groups, g => Assert.Equal(("t3.medium", 1, 2), (g.InstanceTypes[0], g.MinNodes, g.MaxNodes)));
        // The two "-spot" node groups bid a spot price on their launch configuration.
        Assert.Equal(
            ["example-ng-advanced-spot-nodes/NodeGroup", "example-ng-simple-spot-nodes/NodeGroup"],
            groups.Where(g => g.Capacity == CapacityType.Spot).Select(g => g.Pool).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("pulumi-eks/nodegroup.stack.json", 7)]
    [InlineData("pulumi-eks/managed-nodegroups.stack.json", 5)]
    [InlineData("pulumi-eks/cluster.stack.json", 4)]
    [InlineData("azure-native/upgrade-aks-api-version.stack.json", 1)]
    [InlineData("azure-native/upgrade-containerservice-agentpool.stack.json", 1)]
    public void EveryCapacitySourceOfARecordedExportIsEitherPricedOrAMandatoryViolation(string file, int groupsWithNodes)
    {
        var context = file.StartsWith("azure", StringComparison.Ordinal) ? Azure() : Aws();
        var input = new PolicyInput(Load(file), context);

        var groups = CapacityOf(input, context).Where(g => g.MaxNodes > 0).ToList();
        var violations = new PolicyEvaluator([new UnverifiableCapacityRule()]).Evaluate(input.Resources, context).Violations;

        Assert.Equal(groupsWithNodes, groups.Count);
        foreach (var group in groups)
        {
            var priced = input.Costs.Resources.Any(r => r.Urn == group.Urn && r.Groups.Any(c => c.InstanceType == group.InstanceTypes[0] && c.MaxNodes == group.MaxNodes));
            var flagged = violations.Any(v => v.Urn == group.Urn && v.Enforcement == EnforcementLevel.Mandatory);
            Assert.True(priced || flagged, $"{group.Pool} ({group.InstanceTypes[0]}) is neither priced nor a violation");
        }
    }

    [Fact]
    public void AGpuSubstitutedPulumiEksStackIsPricedCountedAndHeldToTheGpuQuota()
    {
        var resources = Load("pulumi-eks/nodegroup.stack.json", ("\"t3.medium\"", "\"g5.12xlarge\""), ("instanceType: t3.medium", "instanceType: g5.12xlarge"));
        var context = Aws(new PolicyLimits(MaxGpusPerPool: 4, MaxGpusPerEnvironment: 16));
        var input = new PolicyInput(resources, context);

        var result = PolicyEvaluator.Default.Evaluate(input.Resources, context);

        // 7 groups × at most 2 nodes × 4 A10G.
        Assert.Equal(56m, input.Costs.MaxGpus);
        Assert.Empty(input.Costs.Unpriced);
        Assert.DoesNotContain(result.Violations, v => v.RuleId == RuleIds.UnverifiableCapacity);
        Assert.Equal(7, result.Violations.Count(v => v.RuleId == RuleIds.MaxGpusPerPool));
        Assert.Contains(result.Violations, v => v.RuleId == RuleIds.MaxGpusPerEnvironment && v.Measured.Contains("56", StringComparison.Ordinal));
        Assert.True(result.HasMandatoryViolations);
    }

    [Fact]
    public void AGpuSubstitutedVersionedAksClusterIsPricedWhereTheClusterRunsNotWhereTheProviderPoints()
    {
        // The provider says westus2; the cluster (an azure-native:containerservice/v20240102preview token) is in eastus.
        var resources = Load("azure-native/upgrade-aks-api-version.stack.json", ("\"Standard_DS2_v2\"", "\"Standard_NC24ads_A100_v4\""));
        var context = Azure(new PolicyLimits(MaxGpusPerPool: 0));
        var input = new PolicyInput(resources, context);

        var group = Assert.Single(CapacityOf(input, context));
        var cost = Assert.Single(input.Costs.Resources, r => r.Urn == group.Urn);

        Assert.Equal(ResourceTypes.AksCluster, input.Find(group.Urn)!.Type);
        Assert.Equal("eastus", group.Region);
        Assert.Equal(Costs.NodePrice(Cloud.Azure, "Standard_NC24ads_A100_v4", "eastus", CapacityType.OnDemand)!.Value.UsdPerHour, Assert.Single(cost.Groups).NodePrice.UsdPerHour);
        Assert.NotEqual(
            Costs.NodePrice(Cloud.Azure, "Standard_NC24ads_A100_v4", "westus2", CapacityType.Spot)!.Value.UsdPerHour,
            Costs.NodePrice(Cloud.Azure, "Standard_NC24ads_A100_v4", "eastus", CapacityType.Spot)!.Value.UsdPerHour);
        Assert.Contains(PolicyEvaluator.Default.Evaluate(input.Resources, context).Violations, v => v.RuleId == RuleIds.MaxGpusPerPool);
    }

    [Fact]
    public void AnAgentPoolRunsInItsClustersLocationAndAPoolHeldAtZeroNodesNeedsNoPrice()
    {
        var resources = Load("azure-native/upgrade-containerservice-agentpool.stack.json", ("\"count\": 0", "\"count\": 3"), ("\"standard_d2s_v3\"", "\"standard_nc24ads_a100_v4\""));
        var context = Azure(region: "eastus");
        var input = new PolicyInput(resources, context);

        var pool = Assert.Single(CapacityOf(input, context), g => g.Pool == "userpool");

        Assert.Equal("westus2", pool.Region);
        Assert.Equal(3, pool.MaxNodes);
        Assert.Empty(input.Costs.Unpriced);
        // The recorded pool (count 0, an unpriced CPU size) costs nothing and is no violation; the system pool is.
        var recorded = new PolicyInput(Load("azure-native/upgrade-containerservice-agentpool.stack.json"), context);
        Assert.DoesNotContain(recorded.Costs.Unpriced, u => u.Contains("AgentPool::pool", StringComparison.Ordinal));
        Assert.Contains(recorded.Costs.Unpriced, u => u.Contains("ManagedCluster::cluster", StringComparison.Ordinal));
    }

    [Fact]
    public void ADeletedCopyOfARecordedGroupIsNotCountedTwice()
    {
        var text = Text("pulumi-eks/managed-nodegroups.stack.json").Replace("\"t3.medium\"", "\"g5.xlarge\"", StringComparison.Ordinal);
        var file = PulumiJson.Read(Encoding.UTF8.GetBytes(text), "managed-nodegroups.stack.json");
        var export = file.Export!;
        var group = export.Deployment.Resources!.First(r => r.Type == ResourceTypes.EksNodeGroup);
        var withLeftover = export with { Deployment = export.Deployment with { Resources = [.. export.Deployment.Resources!, group with { Delete = true }] } };
        var context = Aws();

        var before = new PolicyInput(ResourceModel.After(file), context).Costs.MaxGpus;
        var after = new PolicyInput(ResourceModel.After(PulumiJson.Read(Encoding.UTF8.GetBytes(PulumiJson.Write(withLeftover)), "leftover.json")), context).Costs.MaxGpus;

        Assert.True(before > 0m);
        Assert.Equal(before, after);
    }

    [Fact]
    public void TheStackConfigCanSoftenUnverifiableCapacityToAdvisoryButNotSilenceIt()
    {
        var config = Repository.Config("dev", values =>
        {
            values["policy"] = values["policy"].TrimEnd().TrimEnd('}') + ", \"unverifiable\": \"advisory\"}";
            return values;
        });
        var context = PolicyContext.FromConfig(config, Costs, "dev") with { Region = "us-west-2" };

        var result = PolicyEvaluator.Default.Evaluate(Load("pulumi-eks/nodegroup.stack.json"), context);

        Assert.Equal(EnforcementLevel.Advisory, context.EnforcementOverrides[RuleIds.UnverifiableCapacity]);
        Assert.NotEmpty(result.Violations.Where(v => v.RuleId == RuleIds.UnverifiableCapacity));
        Assert.All(result.Violations.Where(v => v.RuleId == RuleIds.UnverifiableCapacity), v => Assert.Equal(EnforcementLevel.Advisory, v.Enforcement));
    }

    private static PolicyContext Aws(PolicyLimits? limits = null) => Context(limits, region: "us-west-2");

    private static PolicyContext Azure(PolicyLimits? limits = null, string region = "westus2") => Context(limits, cloud: Cloud.Azure, region: region);

    private static List<ScalingGroup> CapacityOf(PolicyInput input, PolicyContext context) =>
        [.. input.OfTypes(CapacityTypes).SelectMany(r => ScalingGroupReader.Read(r, context, input.Find))];

    private static string Text(string file) => File.ReadAllText(Path.Combine(Repository.Root, "data", "pulumi", "third-party", file));

    private static IReadOnlyList<PolicyResource> Load(string file, params (string From, string To)[] substitutions)
    {
        var text = substitutions.Aggregate(Text(file), (t, s) => t.Replace(s.From, s.To, StringComparison.Ordinal));
        return ResourceModel.After(PulumiJson.Read(Encoding.UTF8.GetBytes(text), Path.GetFileName(file)));
    }
}
