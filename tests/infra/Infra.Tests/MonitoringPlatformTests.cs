using System.Text.Json.Nodes;
using MlPlatform.Components.Observability;
using MlPlatform.Testing;

namespace MlPlatform.Infra.Tests;

public sealed class MonitoringPlatformTests
{
    private static JsonObject Json(Pulumi.Testing.MockResourceArgs resource) =>
        (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(resource.Inputs))!;

    private static List<string> Names(EchoMocks mocks, string type) =>
        [.. mocks.OfType(type).Select(r => r.Name!).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("prod")]
    [InlineData("prod-azure")]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public async Task EveryStackDeploysTheExporterTheFourMonitorsTheRuleAndTheDashboards(string stack)
    {
        var (_, mocks) = await PlatformRun.RunAsync(stack);

        Assert.Single(mocks.OfType(Monitoring.TypeToken));
        Assert.Contains("monitoring-dcgm-exporter", Names(mocks, "kubernetes:helm.sh/v3:Release"));
        Assert.Equal(["monitoring-dcgm-exporter"], Names(mocks, "kubernetes:monitoring.coreos.com/v1:ServiceMonitor"));
        Assert.Equal(["monitoring-dataset-warmer", "monitoring-inference", "monitoring-scheduler"], Names(mocks, "kubernetes:monitoring.coreos.com/v1:PodMonitor"));
        Assert.Equal(["monitoring-mlplatform-alerts"], Names(mocks, "kubernetes:monitoring.coreos.com/v1:PrometheusRule"));
        Assert.Superset(
            new HashSet<string> { "monitoring-mlplatform-overview", "monitoring-mlplatform-teams", "monitoring-mlplatform-inference" },
            Names(mocks, "kubernetes:core/v1:ConfigMap").ToHashSet());
    }

    [Fact]
    public async Task MonitorsCarryTheReleaseLabelOfTheInstalledPrometheusAndWatchTheTeamNamespaces()
    {
        var (_, mocks) = await PlatformRun.RunAsync("prod");

        var rule = Json(mocks.Named("kubernetes:monitoring.coreos.com/v1:PrometheusRule", "monitoring-mlplatform-alerts"));
        Assert.Equal("kube-prometheus-stack", (string?)rule["metadata"]!["labels"]!["release"]);
        var inference = Json(mocks.Named("kubernetes:monitoring.coreos.com/v1:PodMonitor", "monitoring-inference"));
        Assert.Equal(["vision"], inference["spec"]!["namespaceSelector"]!["matchNames"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task SelectorLabelsFromConfigReplaceTheReleaseLabel()
    {
        var observability = JsonNode.Parse(Stacks.Config.StackFile.Load(PlatformRun.Root, "dev").Values["mlplatform:observability"])!.AsObject();
        observability["selectorLabels"] = new JsonObject { ["prometheus"] = "platform-prometheus" };
        var (_, mocks) = await PlatformRun.RunAsync("dev", new Dictionary<string, string> { ["observability"] = observability.ToJsonString() });

        var labels = Json(mocks.Named("kubernetes:monitoring.coreos.com/v1:ServiceMonitor", "monitoring-dcgm-exporter"))["metadata"]!["labels"]!.AsObject();
        Assert.Equal("platform-prometheus", (string?)labels["prometheus"]);
        Assert.False(labels.ContainsKey("release"));
    }

    [Fact]
    public async Task ThresholdsFromConfigReachTheRules()
    {
        var observability = JsonNode.Parse(Stacks.Config.StackFile.Load(PlatformRun.Root, "dev").Values["mlplatform:observability"])!.AsObject();
        observability["gpuIdlePercent"] = 17;
        var (_, mocks) = await PlatformRun.RunAsync("dev", new Dictionary<string, string> { ["observability"] = observability.ToJsonString() });

        var rule = Json(mocks.Named("kubernetes:monitoring.coreos.com/v1:PrometheusRule", "monitoring-mlplatform-alerts"));
        var expressions = rule["spec"]!["groups"]!.AsArray().SelectMany(g => g!["rules"]!.AsArray()).Select(r => (string?)r!["expr"]).ToList();
        Assert.Contains(expressions, e => e!.Contains("DCGM_FI_DEV_GPU_UTIL", StringComparison.Ordinal) && e.EndsWith("< 17", StringComparison.Ordinal));
    }
}
