using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

/// <summary>Capacity declared in a CloudFormation stack's template: read when the document fixes it, a violation when not.</summary>
public sealed class CloudFormationCapacityTests
{
    private const string JsonTemplateWithParameters = """
        {
          "Parameters": { "NodesMax": { "Type": "Number", "Default": "2" } },
          "Resources": {
            "Lt": { "Type": "AWS::EC2::LaunchTemplate", "Properties": { "LaunchTemplateData": { "InstanceType": "p4d.24xlarge" } } },
            "Gpus": {
              "Type": "AWS::AutoScaling::AutoScalingGroup",
              "Properties": { "MinSize": "0", "MaxSize": { "Ref": "NodesMax" }, "LaunchTemplate": { "LaunchTemplateId": { "Ref": "Lt" }, "Version": "1" } }
            }
          }
        }
        """;

    [Fact]
    public void AParameterGivenToTheStackOverridesTheTemplatesDefault()
    {
        var stack = Stack(JsonTemplateWithParameters, parameters: Map(("NodesMax", "5")));

        var group = Assert.Single(ScalingGroupReader.Read(stack, Context()));

        Assert.Equal((5, "p4d.24xlarge", 8m), (group.MaxNodes, group.InstanceTypes[0], group.GpusPerNode));
        Assert.Null(ScalingGroupReader.Unreadable(stack, Context()));
    }

    [Fact]
    public void WithoutAGivenParameterTheDefaultHolds()
    {
        var group = Assert.Single(ScalingGroupReader.Read(Stack(JsonTemplateWithParameters), Context()));

        Assert.Equal(2, group.MaxNodes);
    }

    [Fact]
    public void UnknownStackParametersMakeASizeThatRefersToThemUnverifiable()
    {
        var stack = Stack(JsonTemplateWithParameters, parameters: UnknownValue.Instance);

        Assert.Empty(ScalingGroupReader.Read(stack, Context()));
        Assert.Equal("Gpus.MaxSize refers to a parameter whose value is unknown", ScalingGroupReader.Unreadable(stack, Context()));
    }

    [Fact]
    public void YamlShortFormsOfIntrinsicFunctionsAreUnderstood()
    {
        const string yaml = """
            Resources:
              Config:
                Type: AWS::AutoScaling::LaunchConfiguration
                Properties:
                  InstanceType: g5.xlarge
                  SpotPrice: '1.2'
              Group:
                Type: AWS::AutoScaling::AutoScalingGroup
                Properties:
                  MinSize: 1
                  MaxSize: 3
                  LaunchConfigurationName: !Ref Config
            """;

        var group = Assert.Single(ScalingGroupReader.Read(Stack(yaml), Context()));

        Assert.Equal((CapacityType.Spot, "g5.xlarge", 3), (group.Capacity, group.InstanceTypes[0], group.MaxNodes));
    }

    [Fact]
    public void AnEksNodegroupAndAnInstanceInATemplateAreCapacityToo()
    {
        const string yaml = """
            Resources:
              Ng:
                Type: AWS::EKS::Nodegroup
                Properties:
                  CapacityType: SPOT
                  InstanceTypes: [g6.xlarge]
                  ScalingConfig: { MinSize: 0, MaxSize: 4, DesiredSize: 0 }
              Box:
                Type: AWS::EC2::Instance
                Properties: { InstanceType: g5.xlarge }
            """;

        var groups = ScalingGroupReader.Read(Stack(yaml), Context()).ToList();

        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.Capacity == CapacityType.Spot && g.MaxNodes == 4 && g.InstanceTypes[0] == "g6.xlarge");
        Assert.Contains(groups, g => g.MaxNodes == 1 && g.InstanceTypes[0] == "g5.xlarge");
    }

    [Theory]
    [InlineData(null, "templateBody is unknown")]
    [InlineData("Resources:\n  Fleet:\n    Type: AWS::EC2::SpotFleet\n    Properties: {}\n", "Fleet (AWS::EC2::SpotFleet) launches instances the gate cannot size")]
    [InlineData("Resources:\n  G:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties: { MinSize: 0, MaxSize: !GetAtt Other.Size, LaunchConfigurationName: lc-x }\n", "G.MaxSize is not a number the document fixes (Fn::GetAtt)")]
    [InlineData("Resources:\n  G:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties: { MinSize: 0, MaxSize: 3, LaunchConfigurationName: lc-elsewhere }\n", "G: the instance type cannot be resolved")]
    [InlineData("Resources: [unclosed", "templateBody is not valid YAML or JSON at line 2, column 1")]
    [InlineData("Outputs: {}\n", "templateBody has no Resources section")]
    public void ATemplateTheGateCannotReadIsAViolationNamingWhy(string? body, string why)
    {
        var stack = Stack(body);

        var violation = Assert.Single(Evaluate(new UnverifiableCapacityRule(), Context(), stack).Violations);

        Assert.True(violation.Measured.StartsWith(why, StringComparison.Ordinal), violation.Measured);
        Assert.Equal(EnforcementLevel.Mandatory, violation.Enforcement);
    }

    [Fact]
    public void ARemoteTemplateIsUnverifiable()
    {
        var stack = Resource(ResourceTypes.CloudFormationStack, "remote", Map(("templateUrl", "https://bucket.s3.amazonaws.com/nodes.yaml")));

        Assert.Equal("the template is at templateUrl https://bucket.s3.amazonaws.com/nodes.yaml, not in the document", ScalingGroupReader.Unreadable(stack, Context()));
    }

    [Fact]
    public void ALaunchConfigurationTheTemplateNamesIsFoundAmongTheTemplatesDependencies()
    {
        var configuration = Resource(ResourceTypes.LaunchConfiguration, "nodes-lc", Map(("instanceType", "g5.12xlarge"), ("name", "nodes-lc-1234")));
        var other = Resource(ResourceTypes.LaunchConfiguration, "other-lc", Map(("instanceType", "g5.xlarge"), ("name", "other-lc-9")));
        const string yaml = "Resources:\n  NodeGroup:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: 1\n      MaxSize: 2\n      LaunchConfigurationName: nodes-lc-1234\n";
        var stack = Stack(yaml) with { PropertyDependencies = new Dictionary<string, IReadOnlyList<string>> { ["templateBody"] = [other.Urn, configuration.Urn] } };
        Func<string, PolicyResource?> find = new Dictionary<string, PolicyResource> { [configuration.Urn] = configuration, [other.Urn] = other }.GetValueOrDefault;

        var group = Assert.Single(ScalingGroupReader.Read(stack, Context(), find));

        Assert.Equal(("g5.12xlarge", CapacityType.OnDemand), (group.InstanceTypes[0], group.Capacity));
    }

    private static PolicyResource Stack(string? body, object? parameters = null)
    {
        var inputs = Map(("templateBody", body is null ? UnknownValue.Instance : body));
        if (parameters is not null)
        {
            inputs["parameters"] = parameters;
        }

        return Resource(ResourceTypes.CloudFormationStack, "nodes", inputs);
    }
}
