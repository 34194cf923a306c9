using System.Text.Json.Nodes;
using MlPlatform.Components;
using MlPlatform.Components.Aws;
using MlPlatform.Stacks.Config;
using MlPlatform.Testing;
using Pulumi.Testing;

namespace MlPlatform.Infra.Tests;

public sealed class KarpenterPlatformTests
{
    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";

    private const string AssociationType = "aws:eks/podIdentityAssociation:PodIdentityAssociation";

    /// <summary>The committed stack's <c>mlplatform:cluster</c> with the provisioner switched to Karpenter.</summary>
    internal static Dictionary<string, string> KarpenterOverrides(string stack)
    {
        var cluster = JsonNode.Parse(StackFile.Load(PlatformRun.Root, stack).Values["mlplatform:cluster"])!.AsObject();
        cluster["provisioner"] = "karpenter";
        return new Dictionary<string, string> { ["cluster"] = cluster.ToJsonString() };
    }

    // The Kubernetes layer's cluster add-ons are Helm releases too; these tests are about Karpenter's.
    private static List<MockResourceArgs> KarpenterReleases(EchoMocks mocks) =>
        [.. mocks.OfType(ReleaseType).Where(r => r.Name!.StartsWith(KarpenterController.ReleaseName, StringComparison.Ordinal))];

    private static string Binding(MockResourceArgs association) => $"{association.Inputs["namespace"]}/{association.Inputs["serviceAccount"]}";

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task AKarpenterStackInstallsTheControllerWithItsQueueRulesAndIdentity(string stack)
    {
        var (resources, mocks) = await PlatformRun.RunAsync(stack, KarpenterOverrides(stack));

        var counts = PlatformRun.CountsByType(resources);
        Assert.Equal(1, counts[KarpenterController.TypeToken]);
        Assert.Equal(1, counts["aws:sqs/queue:Queue"]);
        Assert.Equal(1, counts["aws:sqs/queuePolicy:QueuePolicy"]);
        Assert.Equal(4, counts["aws:cloudwatch/eventRule:EventRule"]);
        Assert.Equal(4, counts["aws:cloudwatch/eventTarget:EventTarget"]);
        var release = Assert.Single(KarpenterReleases(mocks)).Inputs;
        Assert.Equal(KarpenterControllerSettings.Chart, release["chart"]);
        Assert.Equal(KarpenterControllerSettings.DefaultChartVersion, release["version"]);
        Assert.Contains("kube-system/karpenter", mocks.OfType(AssociationType).Select(Binding));
        Assert.DoesNotContain("kube-system/cluster-autoscaler", mocks.OfType(AssociationType).Select(Binding));
    }

    [Fact]
    public async Task UnderKarpenterTheSystemNodeGroupStaysManagedAndHostsTheController()
    {
        var (_, mocks) = await PlatformRun.RunAsync("dev", KarpenterOverrides("dev"));

        var group = Assert.Single(mocks.OfType("aws:eks/nodeGroup:NodeGroup"));
        var labels = (IReadOnlyDictionary<string, object>)group.Inputs["labels"];
        Assert.Equal("system", labels[GpuNodeLabels.Pool]);
        Assert.DoesNotContain(labels.Keys, k => k.StartsWith("karpenter.sh/", StringComparison.Ordinal));
        var values = (IReadOnlyDictionary<string, object>)Assert.Single(KarpenterReleases(mocks)).Inputs["values"];
        Assert.Equal("system", ((IReadOnlyDictionary<string, object>)values["nodeSelector"])[GpuNodeLabels.Pool]);
        Assert.Equal(2, mocks.OfType("kubernetes:karpenter.sh/v1:NodePool").Count);
        Assert.DoesNotContain(mocks.OfType("kubernetes:apps/v1:Deployment"), d => d.Name!.Contains("cluster-autoscaler", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AManagedNodeGroupStackHasNoKarpenterController()
    {
        var (resources, mocks) = await PlatformRun.RunAsync("dev");

        var counts = PlatformRun.CountsByType(resources);
        Assert.False(counts.ContainsKey(KarpenterController.TypeToken));
        Assert.Empty(KarpenterReleases(mocks));
        Assert.Empty(mocks.OfType("aws:sqs/queue:Queue"));
        Assert.Empty(mocks.OfType("aws:cloudwatch/eventRule:EventRule"));
        Assert.DoesNotContain("kube-system/karpenter", mocks.OfType(AssociationType).Select(Binding));
    }

    [Fact]
    public async Task TheChartVersionComesFromStackConfig()
    {
        var overrides = KarpenterOverrides("dev");
        overrides["karpenter"] = """{"chartVersion":"1.8.2"}""";

        var (_, mocks) = await PlatformRun.RunAsync("dev", overrides);

        Assert.Equal("1.8.2", Assert.Single(KarpenterReleases(mocks)).Inputs["version"]);
    }

    [Fact]
    public async Task AChartVersionWithoutKarpenterIsAConfigErrorNamingTheKey()
    {
        var overrides = new Dictionary<string, string> { ["karpenter"] = """{"chartVersion":"1.8.2"}""" };

        var error = await Assert.ThrowsAsync<Pulumi.RunException>(() => PlatformRun.RunAsync("dev", overrides));

        Assert.Contains("mlplatform:karpenter.chartVersion applies only on aws with mlplatform:cluster.provisioner: karpenter", error.Message, StringComparison.Ordinal);
    }
}
