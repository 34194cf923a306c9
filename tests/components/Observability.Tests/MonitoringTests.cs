using System.Collections.Concurrent;
using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Observability.Tests;

public sealed class MonitoringTests
{
    private const string Image = "nvcr.io/nvidia/k8s/dcgm-exporter@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static MonitoringArgs Args(ProviderResource provider, bool full = true) => new()
    {
        Provider = provider,
        AlertsAndDashboards = full,
        DcgmExporterImage = full ? Image : null,
        SelectorLabels = ImmutableDictionary<string, string>.Empty.Add("release", "kube-prometheus-stack"),
        Teams = ["vision"],
        InferenceNamespaces = ["vision"],
        DatasetWarmer = true,
    };

    private static async Task<(EchoMocks Mocks, ConcurrentDictionary<string, string?> Parents)> DeployAsync(bool full = true)
    {
        var mocks = new EchoMocks();
        var parents = new ConcurrentDictionary<string, string?>();
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "apiVersion: v1" });
            _ = new Monitoring("monitoring", Args(provider, full), new ComponentResourceOptions
            {
                ResourceTransformations =
                {
                    a =>
                    {
                        parents[a.Resource.GetResourceName()] = a.Options.Parent?.GetResourceName();
                        return null;
                    },
                },
            });
        });
        return (mocks, parents);
    }

    private static IReadOnlyDictionary<string, object> Meta(MockResourceArgs resource) => (IReadOnlyDictionary<string, object>)resource.Inputs["metadata"];

    private static IReadOnlyDictionary<string, object> Labels(MockResourceArgs resource) => (IReadOnlyDictionary<string, object>)Meta(resource)["labels"];

    [Fact]
    public async Task DeclaresTheExporterFourMonitorsTheRuleAndThreeDashboardsAllParentedToTheComponent()
    {
        var (mocks, parents) = await DeployAsync();

        Assert.Single(mocks.OfType(Monitoring.TypeToken));
        Assert.Single(mocks.OfType("kubernetes:helm.sh/v3:Release"));
        Assert.Single(mocks.OfType("kubernetes:monitoring.coreos.com/v1:ServiceMonitor"));
        Assert.Equal(3, mocks.OfType("kubernetes:monitoring.coreos.com/v1:PodMonitor").Count);
        Assert.Single(mocks.OfType("kubernetes:monitoring.coreos.com/v1:PrometheusRule"));
        Assert.Equal(3, mocks.OfType("kubernetes:core/v1:ConfigMap").Count);
        Assert.All(parents.Where(p => p.Key != "monitoring"), p => Assert.Equal("monitoring", p.Value));
    }

    [Fact]
    public async Task MonitorsAndTheRuleCarryThePrometheusSelectorLabel()
    {
        var (mocks, _) = await DeployAsync();

        var selected = mocks.Resources.Where(r => r.Type is { } type && type.StartsWith("kubernetes:monitoring.coreos.com/v1:", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, selected.Count);
        Assert.All(selected, r => Assert.Equal("kube-prometheus-stack", Labels(r)["release"]));
    }

    [Fact]
    public async Task DashboardConfigMapsCarryTheSidecarLabelAndTheirJson()
    {
        var (mocks, _) = await DeployAsync();

        foreach (var map in mocks.OfType("kubernetes:core/v1:ConfigMap"))
        {
            Assert.Equal("1", Labels(map)["grafana_dashboard"]);
            var data = (IReadOnlyDictionary<string, object>)map.Inputs["data"];
            var (key, json) = Assert.Single(data);
            Assert.EndsWith(".json", key, StringComparison.Ordinal);
            Assert.Contains("\"panels\"", Assert.IsType<string>(json), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheExporterIsThePinnedChartWithTheImageByDigest()
    {
        var (mocks, _) = await DeployAsync();

        var release = Assert.Single(mocks.OfType("kubernetes:helm.sh/v3:Release"));
        Assert.Equal(DcgmExporter.ChartVersion, release.Inputs["version"]);
        Assert.Equal(DcgmExporter.Chart, release.Inputs["chart"]);
        var image = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)release.Inputs["values"])["image"];
        Assert.Equal("nvcr.io/nvidia/k8s/dcgm-exporter", image["repository"]);
        Assert.EndsWith("@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", (string)image["tag"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAlertsAndDashboardsOnlyTheServiceMonitorsAreDeclared()
    {
        var (mocks, _) = await DeployAsync(full: false);

        Assert.Equal(3, mocks.OfType("kubernetes:monitoring.coreos.com/v1:PodMonitor").Count);
        Assert.Empty(mocks.OfType("kubernetes:helm.sh/v3:Release"));
        Assert.Empty(mocks.OfType("kubernetes:monitoring.coreos.com/v1:PrometheusRule"));
        Assert.Empty(mocks.OfType("kubernetes:core/v1:ConfigMap"));
    }

    [Fact]
    public void TheExporterToleratesTheGpuAndSpotTaintsOfBothClouds()
    {
        var tolerations = (ImmutableArray<object>)DcgmExporter.Values(Image)["tolerations"];
        var keys = tolerations.Cast<IReadOnlyDictionary<string, object>>().Select(t => (string)t["key"]).ToList();

        Assert.Equal([GpuNodeLabels.GpuTaintKey, GpuNodeLabels.AzureSpotTaintKey], keys);
        Assert.Equal(false, ((IReadOnlyDictionary<string, object>)DcgmExporter.Values(Image)["serviceMonitor"])["enabled"]);
    }

    [Theory]
    [InlineData("nvcr.io/nvidia/k8s/dcgm-exporter:4.5.3-4.8.2-distroless")]
    [InlineData("nvcr.io/nvidia/k8s/dcgm-exporter")]
    public void AnImageWithoutADigestIsRefused(string image)
    {
        Assert.Throws<ArgumentException>(() => DcgmExporter.Values(image));
    }

    [Fact]
    public void NodeLabelsBecomePrometheusMetaLabels()
    {
        Assert.Equal("__meta_kubernetes_node_label_mlplatform_io_capacity_type", MonitoringManifests.NodeLabelMeta(GpuNodeLabels.CapacityType));
    }

    [Fact]
    public void TheRuleGroupsFollowTheRulesAndLinkTheirRunbooks()
    {
        var rules = AlertRules.For(AlertThresholds.Default, ["vision"], "monitoring");
        var spec = MonitoringManifests.PrometheusRule(rules, "https://docs.example.com/observability.md");

        var groups = ((ImmutableArray<object>)spec["groups"]).Cast<IReadOnlyDictionary<string, object>>().ToList();
        Assert.Equal([AlertRules.GpuGroup, AlertRules.SchedulerGroup, AlertRules.InferenceGroup, AlertRules.DatasetCacheGroup], groups.Select(g => (string)g["name"]));
        var all = groups.SelectMany(g => ((ImmutableArray<object>)g["rules"]).Cast<IReadOnlyDictionary<string, object>>()).ToList();
        Assert.Equal(rules.Length, all.Count);
        var idle = all.First(r => (string)r["alert"] == "GpuAllocatedButIdle");
        Assert.Equal("https://docs.example.com/observability.md#gpuallocatedbutidle", ((IReadOnlyDictionary<string, object>)idle["annotations"])["runbook_url"]);
        Assert.Equal("warning", ((IReadOnlyDictionary<string, object>)idle["labels"])["severity"]);
    }
}
