using System.Collections.Immutable;
using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

/// <summary>
/// Self-managed capacity (what pulumi-eks NodeGroup/NodeGroupV2 and hand-written stacks create): Auto Scaling groups
/// with a launch template or a launch configuration, and plain EC2 instances, seen by the cost model and the quotas.
/// </summary>
public sealed class SelfManagedCapacityTests
{
    [Fact]
    public void AnAutoScalingGroupTakesItsTypeFromTheLaunchTemplateItDependsOn()
    {
        var template = Resource(ResourceTypes.LaunchTemplate, "gpu-lt", Map(("instanceType", "p4d.24xlarge"), ("metadataOptions", Map(("httpTokens", "required")))));
        var group = Group("gpu-asg", Map(("minSize", 0.0), ("maxSize", 3.0), ("launchTemplate", Map(("id", "lt-0123"), ("version", "$Latest")))), ("launchTemplate", template.Urn));

        var costs = new PolicyInput([template, group], Context()).Costs;

        Assert.Equal(24m, costs.MaxGpus);
        Assert.True(costs.Total.MaxUsdPerHour > 0m);
        Assert.Empty(Evaluate(new UnverifiableCapacityRule(), Context(), template, group).Violations);
    }

    [Fact]
    public void ALaunchConfigurationWithASpotPriceMakesASpotGroup()
    {
        var configuration = Resource(ResourceTypes.LaunchConfiguration, "gpu-lc", Map(("instanceType", "g5.xlarge"), ("spotPrice", "1.00")));
        var group = Group("gpu-asg", Map(("minSize", 1.0), ("maxSize", 2.0), ("launchConfiguration", "gpu-lc-abc")), ("launchConfiguration", configuration.Urn));

        var scaling = Assert.Single(ScalingGroupReader.Read(group, Context(), new Dictionary<string, PolicyResource> { [configuration.Urn] = configuration }.GetValueOrDefault));

        Assert.Equal(CapacityType.Spot, scaling.Capacity);
        Assert.Equal(["g5.xlarge"], scaling.InstanceTypes.ToArray());
        Assert.Equal(2, scaling.MaxNodes);
    }

    [Fact]
    public void MixedInstancesOverridesWithNoOnDemandAboveBaseAreSpot()
    {
        var group = Group("mixed", Map(("minSize", 0.0), ("maxSize", 4.0), ("mixedInstancesPolicy", Map(
            ("instancesDistribution", Map(("onDemandPercentageAboveBaseCapacity", 0.0))),
            ("launchTemplate", Map(("overrides", new object?[] { Map(("instanceType", "g6.xlarge")), Map(("instanceType", "g5.xlarge")) })))))));

        var scaling = Assert.Single(ScalingGroupReader.Read(group, Context()));

        Assert.Equal(CapacityType.Spot, scaling.Capacity);
        Assert.Equal(["g6.xlarge", "g5.xlarge"], scaling.InstanceTypes.ToArray());
    }

    [Fact]
    public void AGroupWhoseLaunchTemplateIsNotInTheDocumentCannotBeVerified()
    {
        var group = Group("orphan", Map(("minSize", 0.0), ("maxSize", 10.0), ("launchTemplate", Map(("id", "lt-elsewhere")))));

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(), group).Violations);

        Assert.Contains("instance type cannot be resolved", violation.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void AGpuInstanceCountsAgainstTheEnvironmentsGpus()
    {
        var instance = Resource(ResourceTypes.Ec2Instance, "trainer", Map(("instanceType", "p4d.24xlarge"), ("metadataOptions", Map(("httpTokens", "required")))));

        var result = Evaluate(new MaxGpusPerEnvironmentRule(), Context(new PolicyLimits(MaxGpusPerEnvironment: 4)), instance);

        Assert.Single(result.Violations);
    }

    private static PolicyResource Group(string name, Dictionary<string, object?> inputs, params (string Input, string Urn)[] dependencies) =>
        new(Urn(ResourceTypes.AutoScalingGroup, name), ResourceTypes.AutoScalingGroup, name, inputs, ImmutableDictionary<string, object?>.Empty, null,
            dependencies.ToDictionary(d => d.Input, d => (IReadOnlyList<string>)[d.Urn], StringComparer.Ordinal));
}
