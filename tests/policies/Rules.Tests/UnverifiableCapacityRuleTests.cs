using System.Collections.Immutable;
using System.Text;
using MlPlatform.Stacks.Previews;
using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public sealed class UnverifiableCapacityRuleTests
{
    [Fact]
    public void AReadablePricedNodeGroupPasses()
    {
        var result = Evaluate(new UnverifiableCapacityRule(), Context(), NodeGroup("l4", "SPOT", ["g6.xlarge"], 0, 4, pool: "l4"));

        Assert.Empty(result.Violations);
    }

    [Fact]
    public void AnUnknownMaximumIsAMandatoryViolationNotZeroGpus()
    {
        var group = Resource(ResourceTypes.EksNodeGroup, "gpu", Map(
            ("capacityType", "ON_DEMAND"), ("instanceTypes", new object?[] { "p4d.24xlarge" }),
            ("scalingConfig", Map(("minSize", 0.0), ("maxSize", UnknownValue.Instance), ("desiredSize", 0.0)))));

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(), group).Violations);

        Assert.Equal(group.Urn, violation.Urn);
        Assert.Equal("scalingConfig.maxSize is unknown", violation.Measured);
        Assert.Equal(EnforcementLevel.Mandatory, violation.Enforcement);
    }

    [Theory]
    [InlineData(1e12, "scalingConfig.maxSize is not a node count: a whole number from 0 to 1,000,000 (got 1000000000000)")]
    [InlineData(1e30, "scalingConfig.maxSize is not a number")]
    [InlineData(-1.0, "scalingConfig.maxSize is not a node count: a whole number from 0 to 1,000,000 (got -1)")]
    [InlineData(2.5, "scalingConfig.maxSize is not a node count: a whole number from 0 to 1,000,000 (got 2.5)")]
    public void AMaximumThatIsNoNodeCountIsAViolationNamingItAndReadingStillEnds(double maxSize, string measured)
    {
        var group = Resource(ResourceTypes.EksNodeGroup, "gpu", Map(
            ("capacityType", "ON_DEMAND"), ("instanceTypes", new object?[] { "p4d.24xlarge" }),
            ("scalingConfig", Map(("minSize", 0.0), ("maxSize", maxSize), ("desiredSize", 0.0)))));

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(), group).Violations);
        var read = ScalingGroupReader.Read(group, Context()).ToList();

        Assert.Equal(measured, violation.Measured);
        Assert.All(read, g => Assert.InRange(g.MaxNodes, 0, ScalingGroupReader.MaxNodeCount));
    }

    [Fact]
    public void ASecretScalingConfigIsAViolationNamingIt()
    {
        var group = Resource(ResourceTypes.EksNodeGroup, "gpu", Map(
            ("capacityType", "ON_DEMAND"), ("instanceTypes", new object?[] { "p4d.24xlarge" }), ("scalingConfig", new SecretValue(null))));

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(), group).Violations);

        Assert.Equal("scalingConfig.minSize is a secret", violation.Measured);
    }

    [Fact]
    public void AnAgentPoolProfileOfAClusterWithAnUnknownCountIsAViolation()
    {
        var cluster = Resource(ResourceTypes.AksCluster, "aks", Map(("agentPoolProfiles", new object?[]
        {
            Map(("name", "system"), ("vmSize", "Standard_D4s_v5"), ("count", 2.0)),
            Map(("name", "gpu"), ("vmSize", "Standard_NC24ads_A100_v4"), ("enableAutoScaling", true), ("minCount", 0.0), ("maxCount", UnknownValue.Instance)),
        })));

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(cloud: Cloud.Azure, region: "eastus"), cluster).Violations);

        Assert.Equal("agentPoolProfiles[1].maxCount is unknown", violation.Measured);
    }

    [Fact]
    public void AnInstanceTypeMissingFromThePriceTablesIsAViolationNotZeroDollars()
    {
        var group = NodeGroup("mystery", "ON_DEMAND", ["x9.mega"], 1, 3);

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(), group).Violations);

        Assert.Equal(group.Urn, violation.Urn);
        Assert.Contains("x9.mega", violation.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void AGpuNodePoolWithoutAGpuLimitIsUnbounded()
    {
        var nodePool = Resource(ResourceTypes.KarpenterNodePool, "gpu", Map(("spec", Map(("template", Map(("spec", Map(("requirements", new object?[]
        {
            Map(("key", "node.kubernetes.io/instance-type"), ("operator", "In"), ("values", new object?[] { "g6.xlarge" })),
        })))))))));

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(), nodePool).Violations);

        Assert.Contains("without a readable spec.limits[nvidia.com/gpu]", violation.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void AStackMaySoftenItToAdvisory()
    {
        var group = NodeGroup("mystery", "ON_DEMAND", ["x9.mega"], 1, 3);
        var context = Context(enforcement: ImmutableDictionary<string, EnforcementLevel>.Empty.Add(RuleIds.UnverifiableCapacity, EnforcementLevel.Advisory));

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), context, group).Violations);

        Assert.Equal(EnforcementLevel.Advisory, violation.Enforcement);
    }

    [Fact]
    public void APendingCreateOfANodeGroupIsUnverifiableCapacity()
    {
        const string export = """
            {
              "version": 3,
              "deployment": {
                "manifest": { "time": "2026-12-01T00:00:00Z", "magic": "x", "version": "v3.200.0" },
                "resources": [
                  { "urn": "urn:pulumi:prod::mlplatform::pulumi:pulumi:Stack::mlplatform-prod", "custom": false, "type": "pulumi:pulumi:Stack" }
                ],
                "pending_operations": [
                  {
                    "resource": {
                      "urn": "urn:pulumi:prod::mlplatform::aws:eks/nodeGroup:NodeGroup::gpu",
                      "custom": true,
                      "type": "aws:eks/nodeGroup:NodeGroup",
                      "inputs": { "capacityType": "ON_DEMAND", "instanceTypes": ["p4d.24xlarge"], "scalingConfig": { "minSize": 0, "maxSize": 8, "desiredSize": 0 } }
                    },
                    "type": "creating"
                  }
                ]
              }
            }
            """;
        var resources = ResourceModel.After(PulumiJson.Read(Encoding.UTF8.GetBytes(export), "export.json"));

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(), resources).Violations);

        Assert.Equal("urn:pulumi:prod::mlplatform::aws:eks/nodeGroup:NodeGroup::gpu", violation.Urn);
        Assert.Equal("pending 'creating' operation", violation.Measured);
    }
}
