using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public class QuotaRulesTests
{
    private static readonly string[] L4 = ["g6.xlarge", "g6.2xlarge", "g6.4xlarge"];
    private static readonly string[] L4x4 = ["g6.12xlarge", "g6.24xlarge"];

    [Fact]
    public void PoolWithinGpuLimitPasses()
    {
        var spec = Spec("l4", L4, 0, 4);

        var result = Evaluate(new MaxGpusPerPoolRule(), Context(new PolicyLimits(MaxGpusPerPool: 4), pools: [spec]), Pool(spec));

        Assert.Empty(result.Violations);
    }

    [Fact]
    public void PoolAboveGpuLimitIsReportedWithItsFullScaleGpus()
    {
        // 8 nodes x 4 L4 = 32 GPUs at full scale; spot and fallback groups replace each other, they do not add up.
        var spec = Spec("train", L4x4, 0, 8);

        var result = Evaluate(new MaxGpusPerPoolRule(), Context(new PolicyLimits(MaxGpusPerPool: 24), pools: [spec]), Pool(spec));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(RuleIds.MaxGpusPerPool, violation.RuleId);
        Assert.Equal(Urn(ResourceTypes.EksNodeGroup, "train-spot"), violation.Urn);
        Assert.Equal("32", violation.Measured);
        Assert.Equal("24", violation.Limit);
        Assert.Equal(EnforcementLevel.Mandatory, violation.Enforcement);
    }

    [Fact]
    public void EnvironmentGpuTotalSumsPools()
    {
        var serve = Spec("serve", L4, 2, 12, spot: 50, baseCount: 2);
        var train = Spec("train", L4x4, 0, 8);
        var resources = Pool(serve).Concat(Pool(train)).ToList();

        Assert.Empty(Evaluate(new MaxGpusPerEnvironmentRule(), Context(new PolicyLimits(MaxGpusPerEnvironment: 44)), resources).Violations);
        var violation = Assert.Single(Evaluate(new MaxGpusPerEnvironmentRule(), Context(new PolicyLimits(MaxGpusPerEnvironment: 40)), resources).Violations);
        Assert.Equal(("44", "40"), (violation.Measured, violation.Limit));
        Assert.Equal("urn:pulumi:dev::mlplatform::pulumi:pulumi:Stack::mlplatform-dev", violation.Urn);
    }

    [Fact]
    public void GpuTypesOutsideTheAllowedListAreReportedButSystemPoolsAreNot()
    {
        var limits = new PolicyLimits(AllowedInstanceTypes: ["g6.xlarge", "g6.2xlarge"]);
        var resources = new[]
        {
            NodeGroup("l4-spot", "SPOT", L4, 0, 4, "l4"),
            NodeGroup("system", "ON_DEMAND", ["m6i.large"], 2, 3),
            Resource(ResourceTypes.EksNodeGroup, "labelled-system", Map(
                ("capacityType", "ON_DEMAND"), ("instanceTypes", List("m6i.large")),
                ("scalingConfig", Map(("minSize", 2.0), ("maxSize", 3.0))), ("labels", Map((GpuNodeLabels.Pool, "system"))))),
            NodeGroup("sneaky", "ON_DEMAND", ["p5.48xlarge"], 0, 1),
        };

        var result = Evaluate(new AllowedInstanceTypesRule(), Context(limits), resources);

        Assert.Equal(
            [(Urn(ResourceTypes.EksNodeGroup, "l4-spot"), "g6.4xlarge"), (Urn(ResourceTypes.EksNodeGroup, "sneaky"), "p5.48xlarge")],
            result.Violations.Select(v => (v.Urn, v.Measured)).ToArray());
        Assert.All(result.Violations, v => Assert.Equal("g6.xlarge, g6.2xlarge", v.Limit));
    }

    [Fact]
    public void AzureAgentPoolVmSizesAreChecked()
    {
        var pool = Resource(ResourceTypes.AksAgentPool, "a100", Map(
            ("vmSize", "Standard_NC24ads_A100_v4"), ("enableAutoScaling", true), ("minCount", 0.0), ("maxCount", 2.0),
            ("scaleSetPriority", "Spot"), ("nodeLabels", Map(("mlplatform.io/pool", "a100")))));

        var result = Evaluate(new AllowedInstanceTypesRule(), Context(new PolicyLimits(AllowedInstanceTypes: ["Standard_NC4as_T4_v3"]), cloud: Cloud.Azure, region: "eastus"), pool);

        Assert.Equal("Standard_NC24ads_A100_v4", Assert.Single(result.Violations).Measured);
    }

    [Fact]
    public void DevPoolBelowMinimumSpotShareIsReported()
    {
        var mostlySpot = Spec("l4", L4, 0, 4, spot: 100);
        var halfSpot = Spec("half", L4, 0, 10, spot: 50);
        var context = Context(new PolicyLimits(MinSpotPercentage: 80), pools: [mostlySpot, halfSpot]);

        var result = Evaluate(new MinSpotShareRule(), context, Pool(mostlySpot).Concat(Pool(halfSpot)));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(Urn(ResourceTypes.EksNodeGroup, "half-spot"), violation.Urn);
        Assert.Equal(("50%", "80%"), (violation.Measured, violation.Limit));
    }

    [Fact]
    public void LatencyCriticalPoolAboveMaximumSpotShareIsReported()
    {
        var serve = Spec("serve", L4, 2, 12, spot: 50, baseCount: 2, latencyCritical: true);   // 5 of 12 nodes spot
        var greedy = Spec("greedy", L4, 0, 10, spot: 80, latencyCritical: true);               // 8 of 10 nodes spot
        var batch = Spec("batch", L4, 0, 10, spot: 100);                                      // not latency-critical
        var context = Context(new PolicyLimits(MaxSpotPercentageLatencyCritical: 50), pools: [serve, greedy, batch]);

        var result = Evaluate(new MaxSpotShareLatencyCriticalRule(), context, Pool(serve).Concat(Pool(greedy)).Concat(Pool(batch)));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(Urn(ResourceTypes.EksNodeGroup, "greedy-spot"), violation.Urn);
        Assert.Equal(("80%", "50%"), (violation.Measured, violation.Limit));
    }

    [Fact]
    public void TeamQuotaCountsSharedGpusAndRejectsQuotasBeyondCapacity()
    {
        var spec = Spec("l4", L4, 0, 4, sharing: 2);   // 4 GPUs, 8 schedulable
        ImmutableArray<TeamQuota> fits = [new("vision", 4), new("nlp", 2)];
        ImmutableArray<TeamQuota> tooBig = [new("vision", 9), new("nlp", 8)];

        Assert.Empty(Evaluate(new TeamQuotasFitCapacityRule(), Context(teams: fits, pools: [spec]), Pool(spec)).Violations);
        var violations = Evaluate(new TeamQuotasFitCapacityRule(), Context(teams: tooBig, pools: [spec]), Pool(spec)).Violations;

        Assert.Equal([("9", "8"), ("17", "16")], violations.Select(v => (v.Measured, v.Limit)).ToArray());
    }

    [Fact]
    public void ResourceQuotaObjectsOverrideConfiguredTeamQuotas()
    {
        var spec = Spec("l4", L4, 0, 4);
        var quota = Resource(ResourceTypes.KubernetesResourceQuota, "vision-quota", Map(
            ("metadata", Map(("namespace", "vision"))),
            ("spec", Map(("hard", Map(("requests.nvidia.com/gpu", "6")))))));

        var result = Evaluate(new TeamQuotasFitCapacityRule(), Context(teams: [new("vision", 2)], pools: [spec]), Pool(spec).Append(quota));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(quota.Urn, violation.Urn);
        Assert.Equal(("6", "4"), (violation.Measured, violation.Limit));
    }

    [Fact]
    public void UnknownScalingConfigIsSkippedNotGuessed()
    {
        var group = Resource(ResourceTypes.EksNodeGroup, "l4-spot", Map(
            ("capacityType", "SPOT"), ("instanceTypes", L4), ("scalingConfig", UnknownValue.Instance)));

        var result = Evaluate(new MaxGpusPerPoolRule(), Context(new PolicyLimits(MaxGpusPerPool: 0)), group);

        Assert.Empty(result.Violations);
    }

    [Fact]
    public void KarpenterNodePoolIsBoundedByItsGpuLimit()
    {
        var nodePool = Resource(ResourceTypes.KarpenterNodePool, "train", Map(
            ("metadata", Map(("name", "train"))),
            ("spec", Map(
                ("limits", Map(("nvidia.com/gpu", "40"))),
                ("template", Map(
                    ("metadata", Map(("labels", Map(("mlplatform.io/pool", "train"))))),
                    ("spec", Map(("requirements", List(
                        Map(("key", "node.kubernetes.io/instance-type"), ("operator", "In"), ("values", List("g6.12xlarge"))),
                        Map(("key", "karpenter.sh/capacity-type"), ("operator", "In"), ("values", List("spot", "on-demand")))))))))))));

        var result = Evaluate(new MaxGpusPerPoolRule(), Context(new PolicyLimits(MaxGpusPerPool: 32)), nodePool);

        var violation = Assert.Single(result.Violations);
        Assert.Equal(("40", "32"), (violation.Measured, violation.Limit));   // 10 nodes of 4 GPUs, spot or on-demand
        var pool = Assert.Single(result.Costs.Pools);
        Assert.Equal(100m, pool.SpotSharePercent);   // with spot available every node may be spot
        Assert.True(pool.OnDemandMaxNodes >= pool.SpotMaxNodes);
    }
}
