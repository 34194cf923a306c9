using System.Collections.Immutable;
using System.Text.Json;

namespace MlPlatform.Components.Aws.Tests;

public sealed class KarpenterControllerPolicyTests
{
    private const string QueueArn = "arn:aws:sqs:us-east-1:123456789012:mlp-dev-karpenter";

    private const string NodeRoleArn = "arn:aws:iam::123456789012:role/mlp-dev-node";

    private static readonly KarpenterPolicyScope Scope = new("mlp-dev", "us-east-1", "123456789012", QueueArn, NodeRoleArn);

    private static JsonElement[] Statements(string document) =>
        [.. JsonDocument.Parse(document).RootElement.GetProperty("Statement").EnumerateArray()];

    private static JsonElement Statement(string sid) =>
        Statements(IamPolicies.KarpenterController(Scope)).Single(s => s.GetProperty("Sid").GetString() == sid);

    private static string[] Values(JsonElement element, string property) =>
        !element.TryGetProperty(property, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
        : [value.GetString()!];

    private static string Condition(JsonElement statement, string op, string key) =>
        statement.GetProperty("Condition").GetProperty(op).GetProperty(key).GetString()!;

    [Fact]
    public void LaunchesOnlyResourcesTaggedForThisClusterAndANodePool()
    {
        var launch = Statement("AllowScopedEC2InstanceActionsWithTags");
        var tagging = Statement("AllowScopedResourceCreationTagging");

        Assert.Equal(["ec2:RunInstances", "ec2:CreateFleet", "ec2:CreateLaunchTemplate"], Values(launch, "Action"));
        foreach (var statement in new[] { launch, tagging })
        {
            Assert.Equal("owned", Condition(statement, "StringEquals", "aws:RequestTag/kubernetes.io/cluster/mlp-dev"));
            Assert.Equal("mlp-dev", Condition(statement, "StringEquals", "aws:RequestTag/eks:eks-cluster-name"));
            Assert.Equal("*", Condition(statement, "StringLike", "aws:RequestTag/karpenter.sh/nodepool"));
        }

        Assert.Equal("owned", Condition(Statement("AllowScopedEC2LaunchTemplateAccessActions"), "StringEquals", "aws:ResourceTag/kubernetes.io/cluster/mlp-dev"));
    }

    [Fact]
    public void TerminatesAndDeletesOnlyWhatItLaunchedSoTheSystemNodeGroupIsOutOfReach()
    {
        var deletion = Statement("AllowScopedDeletion");

        Assert.Equal(["ec2:TerminateInstances", "ec2:DeleteLaunchTemplate"], Values(deletion, "Action"));
        Assert.Equal("*", Condition(deletion, "StringLike", "aws:ResourceTag/karpenter.sh/nodepool"));
        Assert.Equal("owned", Condition(deletion, "StringEquals", "aws:ResourceTag/kubernetes.io/cluster/mlp-dev"));
        var terminators = Statements(IamPolicies.KarpenterController(Scope)).Where(s => Values(s, "Action").Contains("ec2:TerminateInstances"));
        Assert.Equal(["AllowScopedDeletion"], terminators.Select(s => s.GetProperty("Sid").GetString()));
    }

    [Fact]
    public void PassesOnlyTheNodeRoleAndOnlyToEc2()
    {
        var statements = Statements(IamPolicies.KarpenterController(Scope));

        var passRole = Assert.Single(statements, s => Values(s, "Action").Any(a => a.StartsWith("iam:PassRole", StringComparison.Ordinal)));
        Assert.Equal([NodeRoleArn], Values(passRole, "Resource"));
        Assert.Contains("ec2.amazonaws.com", Values(passRole.GetProperty("Condition").GetProperty("StringEquals"), "iam:PassedToService"));
        Assert.DoesNotContain(statements, s => Values(s, "Action").Any(a => a.EndsWith(":*", StringComparison.Ordinal) || a == "*"));
    }

    [Fact]
    public void ReadsItsQueueTheAmiParametersAndPricesAndDescribesOnlyItsCluster()
    {
        Assert.Equal([QueueArn], Values(Statement("AllowInterruptionQueueActions"), "Resource"));
        Assert.Equal(["sqs:DeleteMessage", "sqs:GetQueueUrl", "sqs:ReceiveMessage"], Values(Statement("AllowInterruptionQueueActions"), "Action"));
        Assert.Equal(["arn:aws:ssm:us-east-1::parameter/aws/service/*"], Values(Statement("AllowSSMReadActions"), "Resource"));
        Assert.Equal(["ssm:GetParameter"], Values(Statement("AllowSSMReadActions"), "Action"));
        Assert.Equal(["pricing:GetProducts"], Values(Statement("AllowPricingReadActions"), "Action"));
        Assert.Equal(["arn:aws:eks:us-east-1:123456789012:cluster/mlp-dev"], Values(Statement("AllowAPIServerEndpointDiscovery"), "Resource"));
        Assert.Equal("us-east-1", Condition(Statement("AllowRegionalReadActions"), "StringEquals", "aws:RequestedRegion"));
    }

    [Fact]
    public void ManagesOnlyInstanceProfilesTaggedForThisClusterAndRegion()
    {
        var create = Statement("AllowScopedInstanceProfileCreationActions");
        var manage = Statement("AllowScopedInstanceProfileActions");

        Assert.Equal(["arn:aws:iam::123456789012:instance-profile/*"], Values(create, "Resource"));
        Assert.Equal("owned", Condition(create, "StringEquals", "aws:RequestTag/kubernetes.io/cluster/mlp-dev"));
        Assert.Equal("us-east-1", Condition(create, "StringEquals", "aws:RequestTag/topology.kubernetes.io/region"));
        Assert.Equal("*", Condition(create, "StringLike", "aws:RequestTag/karpenter.k8s.aws/ec2nodeclass"));
        Assert.Equal(["iam:AddRoleToInstanceProfile", "iam:RemoveRoleFromInstanceProfile", "iam:DeleteInstanceProfile"], Values(manage, "Action"));
        Assert.Equal("owned", Condition(manage, "StringEquals", "aws:ResourceTag/kubernetes.io/cluster/mlp-dev"));
    }

    [Fact]
    public void PartitionIsUsedInEveryArn()
    {
        var document = IamPolicies.KarpenterController(Scope with { Partition = "aws-cn", Region = "cn-north-1" });

        Assert.Contains("arn:aws-cn:ec2:cn-north-1::image/*", document, StringComparison.Ordinal);
        Assert.Contains("arn:aws-cn:eks:cn-north-1:123456789012:cluster/mlp-dev", document, StringComparison.Ordinal);
        Assert.DoesNotContain("arn:aws:ec2", document, StringComparison.Ordinal);
    }

    [Fact]
    public void InterruptionQueueAcceptsEventBridgeAndDeniesPlainHttp()
    {
        var statements = Statements(IamPolicies.KarpenterInterruptionQueue(QueueArn));

        var send = Assert.Single(statements, s => s.GetProperty("Effect").GetString() == "Allow");
        Assert.Equal(["sqs:SendMessage"], Values(send, "Action"));
        Assert.Equal(["events.amazonaws.com", "sqs.amazonaws.com"], Values(send.GetProperty("Principal"), "Service"));
        Assert.Equal([QueueArn], Values(send, "Resource"));
        var deny = Assert.Single(statements, s => s.GetProperty("Effect").GetString() == "Deny");
        Assert.Equal("false", Condition(deny, "Bool", "aws:SecureTransport"));
        Assert.Equal(["sqs:*"], Values(deny, "Action"));
    }
}

public sealed class KarpenterInterruptionEventsTests
{
    [Fact]
    public void TheFourEventsKarpenterHandlesAreRouted()
    {
        var routed = KarpenterInterruptionEvents.Rules.Select(r => $"{r.Source}: {r.DetailType}");

        Assert.Equal(
            [
                "aws.ec2: EC2 Spot Instance Interruption Warning",
                "aws.ec2: EC2 Instance Rebalance Recommendation",
                "aws.ec2: EC2 Instance State-change Notification",
                "aws.health: AWS Health Event",
            ],
            routed);
        Assert.Equal(4, KarpenterInterruptionEvents.Rules.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public void EventPatternMatchesOnSourceAndDetailType()
    {
        var rule = KarpenterInterruptionEvents.Rules[0];

        using var pattern = JsonDocument.Parse(KarpenterInterruptionEvents.EventPattern(rule));

        Assert.Equal(["source", "detail-type"], pattern.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("aws.ec2", Assert.Single(pattern.RootElement.GetProperty("source").EnumerateArray()).GetString());
        Assert.Equal("EC2 Spot Instance Interruption Warning", Assert.Single(pattern.RootElement.GetProperty("detail-type").EnumerateArray()).GetString());
    }
}

public sealed class KarpenterChartValuesTests
{
    private static ImmutableDictionary<string, object> Values(KarpenterControllerSettings? settings = null) =>
        KarpenterChartValues.For("mlp-dev", "mlp-dev-karpenter", settings ?? KarpenterControllerSettings.Default);

    [Fact]
    public void ValuesNameTheClusterTheQueueAndTheServiceAccountOfThePodIdentity()
    {
        var values = Values(KarpenterControllerSettings.Default with { ServiceAccountName = "karpenter-ctl" });

        Assert.Equal("mlp-dev", values.Object("settings")["clusterName"]);
        Assert.Equal("mlp-dev-karpenter", values.Object("settings")["interruptionQueue"]);
        Assert.Equal("karpenter-ctl", values.Object("serviceAccount")["name"]);
        Assert.Equal(true, values.Object("serviceAccount")["create"]);
        Assert.Equal(2, values["replicas"]);
    }

    [Fact]
    public void ControllerRunsOnTheSystemNodeGroupAndNeverOnNodesKarpenterManages()
    {
        var values = Values();

        Assert.Equal("system", values.Object("nodeSelector")[GpuNodeLabels.Pool]);
        var terms = values.Object("affinity").Object("nodeAffinity").Object("requiredDuringSchedulingIgnoredDuringExecution").List("nodeSelectorTerms");
        var expression = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)Assert.Single(terms)).List("matchExpressions").Single();
        Assert.Equal("karpenter.sh/nodepool", expression["key"]);
        Assert.Equal("DoesNotExist", expression["operator"]);
        var spread = (IReadOnlyDictionary<string, object>)Assert.Single(values.Object("affinity").Object("podAntiAffinity").List("requiredDuringSchedulingIgnoredDuringExecution"));
        Assert.Equal("kubernetes.io/hostname", spread["topologyKey"]);
    }

    [Fact]
    public void ControllerHasRequestsAndLimits()
    {
        var resources = Values(KarpenterControllerSettings.Default with { CpuRequest = "500m", MemoryLimit = "2Gi" }).Object("controller").Object("resources");

        Assert.Equal("500m", resources.Object("requests")["cpu"]);
        Assert.Equal("1Gi", resources.Object("requests")["memory"]);
        Assert.Equal("1", resources.Object("limits")["cpu"]);
        Assert.Equal("2Gi", resources.Object("limits")["memory"]);
    }

    [Fact]
    public void DefaultsAreValid()
    {
        Assert.Empty(KarpenterChartValues.Validate(KarpenterControllerSettings.Default));
    }

    [Fact]
    public void EveryInvalidSettingIsReportedWithItsPath()
    {
        var settings = KarpenterControllerSettings.Default with
        {
            ChartVersion = "0.37.0",
            Replicas = 0,
            CpuRequest = "lots",
            MemoryLimit = "1GB",
            ServiceAccountName = "Karpenter",
            SystemNodeLabels = ImmutableDictionary<string, string>.Empty,
        };

        var paths = KarpenterChartValues.Validate(settings).Select(e => e.Path).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["karpenter.chartVersion", "karpenter.cpuRequest", "karpenter.memoryLimit", "karpenter.replicas", "karpenter.serviceAccountName", "karpenter.systemNodeLabels"],
            paths);
    }
}
