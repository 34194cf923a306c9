using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class ClusterAddonValuesTests
{
    private static readonly ClusterAddonSelection Everything = new(GatewayImplementation.Istio, true, true, true, true);

    [Fact]
    public void CertManagerInstallsItsCrdsAndWatchesGateways()
    {
        var values = ClusterAddonValues.CertManager();

        Assert.Equal(true, values.Obj("crds")["enabled"]);
        Assert.Equal(true, values.Obj("config")["enableGatewayAPI"]);
        Assert.Equal("ControllerConfiguration", values.Obj("config").Str("kind"));
    }

    [Fact]
    public void UnderIstioOnlyTheStandardGatewayApiCrdsAreInstalled()
    {
        var crds = ClusterAddonValues.GatewayApiCrds().Obj("crds");

        Assert.Equal(true, crds.Obj("gatewayAPI")["enabled"]);
        Assert.Equal("standard", crds.Obj("gatewayAPI").Str("channel"));
        Assert.Equal(false, crds.Obj("envoyGateway")["enabled"]);
        Assert.Equal("default", ClusterAddonValues.IstioBase().Str("defaultRevision"));
    }

    [Fact]
    public void TheEnvoyGatewayClassNamesEnvoysController()
    {
        Assert.Equal("gateway.envoyproxy.io/gatewayclass-controller", ClusterAddonValues.EnvoyGatewayClass().Str("controllerName"));
    }

    [Fact]
    public void TheAdapterServesQueueDepthAsAPodsMetricFromThePlatformsPrometheus()
    {
        var values = ClusterAddonValues.PrometheusAdapter();

        Assert.Equal("http://prometheus-operated.monitoring.svc", values.Obj("prometheus").Str("url"));
        Assert.Equal(9090, values.Obj("prometheus").Num("port"));
        Assert.Equal(false, values.Obj("rules")["default"]);
        var rule = Assert.Single(values.Obj("rules").Objs("custom"));
        Assert.Equal("inference_queue_depth{namespace!=\"\",pod!=\"\"}", rule.Str("seriesQuery"));
        Assert.Equal(Autoscaling.QueueDepthMetric, rule.Obj("name").Str("as"));
        var overrides = rule.Obj("resources").Obj("overrides");
        Assert.Equal("pod", overrides.Obj("pod").Str("resource"));
        Assert.Equal("namespace", overrides.Obj("namespace").Str("resource"));
    }

    [Fact]
    public void PrometheusScrapesAnnotatedPodsWithTheirNamespaceAndPodAsLabels()
    {
        var spec = ClusterAddonValues.KubePrometheusStack().Obj("prometheus").Obj("prometheusSpec");
        var job = Assert.Single(spec.Objs("additionalScrapeConfigs"));
        var relabels = job.Objs("relabel_configs").ToList();

        Assert.Contains(relabels, r => r.Str("action") == "keep" && r.List("source_labels").Contains("__meta_kubernetes_pod_annotation_prometheus_io_scrape"));
        Assert.Contains(relabels, r => r.ContainsKey("target_label") && r.Str("target_label") == "namespace");
        Assert.Contains(relabels, r => r.ContainsKey("target_label") && r.Str("target_label") == "pod");
        Assert.Equal(false, spec["serviceMonitorSelectorNilUsesHelmValues"]);
    }

    [Fact]
    public void ThePlatformsOwnPodsAreLeftToTheirPodMonitorsSoNoSeriesIsScrapedTwice()
    {
        var job = Assert.Single(ClusterAddonValues.KubePrometheusStack().Obj("prometheus").Obj("prometheusSpec").Objs("additionalScrapeConfigs"));

        Assert.Contains(job.Objs("relabel_configs"), r => r.Str("action") == "drop"
            && r.List("source_labels").Contains(ClusterAddonValues.PartOfMeta) && r.Str("regex") == KubernetesLabels.PartOf);
    }

    [Fact]
    public void NodeExporterToleratesTheGpuAndSpotTaintsSoGpuNodesAreMonitored()
    {
        var tolerations = ClusterAddonValues.KubePrometheusStack().Obj("prometheus-node-exporter").Objs("tolerations").ToList();

        Assert.Contains(tolerations, t => t.Str("key") == GpuNodeLabels.GpuTaintKey && t.Str("operator") == "Exists" && t.Str("effect") == "NoSchedule");
        Assert.Contains(tolerations, t => t.Str("key") == GpuNodeLabels.AzureSpotTaintKey && t.Str("value") == "spot" && t.Str("effect") == "NoSchedule");
    }

    [Fact]
    public void GrafanaRunsWithTheSidecarThatLoadsDashboardConfigMapsByLabel()
    {
        var grafana = ClusterAddonValues.KubePrometheusStack().Obj("grafana");
        var dashboards = grafana.Obj("sidecar").Obj("dashboards");

        Assert.Equal(true, grafana["enabled"]);
        Assert.Equal(true, dashboards["enabled"]);
        Assert.Equal("grafana_dashboard", dashboards.Str("label"));
        Assert.Equal("1", dashboards.Str("labelValue"));
    }

    [Fact]
    public void ThePrometheusAddressIsTheOperatorsServiceAndTheAutoscalingDefault()
    {
        Assert.Equal("http://prometheus-operated.monitoring.svc:9090", ClusterAddonValues.PrometheusAddress());
        Assert.Equal(new AutoscalingSettings(1, 2).PrometheusAddress, ClusterAddonValues.PrometheusAddress());
        Assert.Equal("http://prometheus-operated.obs.svc:9090", ClusterAddonValues.PrometheusAddress("obs"));
    }

    [Fact]
    public void ThePinnedVersionsAreExactReleasesOfTheirCharts()
    {
        Assert.Empty(ClusterAddonValues.Validate(ClusterAddonsSettings.Default, Everything));
        Assert.Empty(ClusterAddonValues.Validate(ClusterAddonsSettings.Default, Everything with { Gateway = GatewayImplementation.Envoy }));
    }

    [Theory]
    [InlineData("v1.8.2", true, true)]
    [InlineData("1.27.1", false, true)]
    [InlineData("1.0.0-rc.1", false, true)]
    [InlineData("1.8.2", true, false)]
    [InlineData("v2.21.1", false, false)]
    [InlineData("latest", false, false)]
    [InlineData("2.x", false, false)]
    [InlineData("~2.21.0", false, false)]
    public void AChartVersionIsExactAndPrefixedAsItsChartTagsAre(string version, bool prefixed, bool valid)
    {
        Assert.Equal(valid, ClusterAddonValues.IsChartVersion(version, prefixed));
    }

    [Fact]
    public void BadVersionsOfInstalledAddonsAreAllReportedAndOthersIgnored()
    {
        var settings = ClusterAddonsSettings.Default with { KedaVersion = "latest", IstioVersion = "v1.27.1", PrometheusAdapterVersion = "5" };

        var paths = ClusterAddonValues.Validate(settings, Everything).Select(e => e.Path).ToImmutableHashSet();
        Assert.Equal(["addons.gateway.version", "addons.keda.version", "addons.prometheusAdapter.version"], paths.Order(StringComparer.Ordinal));

        Assert.Empty(ClusterAddonValues.Validate(settings, ClusterAddonSelection.None));
    }
}
