using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The Helm values of each cluster add-on, the GatewayClass Envoy needs, the in-cluster Prometheus address and the
/// checks on the pinned versions. Plain data, tested without Pulumi.
/// </summary>
public static partial class ClusterAddonValues
{
    /// <summary>Envoy Gateway's controller name, which a GatewayClass must name for Envoy Gateway to accept it.</summary>
    public const string EnvoyControllerName = "gateway.envoyproxy.io/gatewayclass-controller";

    /// <summary>
    /// The Service the Prometheus Operator creates for every Prometheus in a namespace (<c>prometheus-operated</c>,
    /// port 9090), so the address does not depend on the release's name.
    /// </summary>
    public const string PrometheusService = "prometheus-operated";

    public const int PrometheusPort = 9090;

    /// <summary>The in-cluster URL of the Prometheus that kube-prometheus-stack runs in <paramref name="ns"/>.</summary>
    public static string PrometheusAddress(string ns = AddonCharts.MonitoringNamespace) => $"{PrometheusUrl(ns)}:{PrometheusPort}";

    /// <summary>Envoy Gateway: the chart's defaults (controller name <see cref="EnvoyControllerName"/>, Gateway API CRDs from its <c>crds/</c>).</summary>
    public static ImmutableDictionary<string, object> EnvoyGateway() => Map();

    /// <summary>The <c>spec</c> of the GatewayClass that hands the configured class to Envoy Gateway.</summary>
    public static ImmutableDictionary<string, object> EnvoyGatewayClass() => Map().Add("controllerName", EnvoyControllerName);

    /// <summary>
    /// Envoy Gateway's CRD chart reduced to the Gateway API CRDs of the standard channel (Istio supports the standard
    /// resources; weighted backends and percentage mirroring are standard since Gateway API v1.3).
    /// </summary>
    public static ImmutableDictionary<string, object> GatewayApiCrds() => Map()
        .Add("crds", Map()
            .Add("gatewayAPI", Map().Add("enabled", true).Add("channel", "standard"))
            .Add("envoyGateway", Map().Add("enabled", false)));

    /// <summary>Istio's <c>base</c> chart: the CRDs and cluster roles, with the default revision's validation webhook.</summary>
    public static ImmutableDictionary<string, object> IstioBase() => Map().Add("defaultRevision", "default");

    /// <summary>
    /// istiod, which serves the Gateway API (and creates the <c>istio</c> class) once the CRDs exist. The chart's own
    /// defaults (one autoscaled replica under a budget of <c>minAvailable: 1</c>) allow no eviction, so every drain of
    /// istiod's node would hang; two replicas under <c>maxUnavailable: 1</c> keep the control plane up through a drain.
    /// </summary>
    public static ImmutableDictionary<string, object> Istiod() => Map()
        .Add("autoscaleMin", IstiodMinReplicas)
        .Add("replicaCount", IstiodMinReplicas)
        .Add("pdb", Map().Add("maxUnavailable", 1));

    /// <summary>istiod's replicas at least (the HPA's minimum, or the fixed count when autoscaling is off).</summary>
    public const int IstiodMinReplicas = 2;

    /// <summary>cert-manager with its CRDs from the chart and the Gateway API shim, which issues certificates for annotated Gateways.</summary>
    public static ImmutableDictionary<string, object> CertManager() => Map()
        .Add("crds", Map().Add("enabled", true))
        .Add("config", Map()
            .Add("apiVersion", "controller.config.cert-manager.io/v1alpha1")
            .Add("kind", "ControllerConfiguration")
            .Add("enableGatewayAPI", true));

    /// <summary>KEDA: the chart's defaults (operator, metrics API server, admission webhooks, CRDs).</summary>
    public static ImmutableDictionary<string, object> Keda() => Map();

    /// <summary>
    /// kube-prometheus-stack as the platform's metrics store: Prometheus, its operator, kube-state-metrics, node-exporter
    /// (on GPU and spot nodes too) and Grafana, whose sidecar loads the platform's dashboards from ConfigMaps labelled
    /// <see cref="GrafanaDashboardLabel"/>; no Alertmanager (the platform does not configure receivers). Other pods annotated
    /// <c>prometheus.io/scrape</c> are scraped with their namespace and pod as labels; the platform's own pods (the
    /// scheduler, the inference runtime, the warmer) through their PodMonitors, which label them the same way for
    /// prometheus-adapter; monitors from other releases are selected too.
    /// </summary>
    public static ImmutableDictionary<string, object> KubePrometheusStack() => Map()
        .Add("grafana", Map()
            .Add("enabled", true)
            .Add("admin", Map()
                .Add("existingSecret", GrafanaAdminSecret)
                .Add("userKey", GrafanaAdminUserKey)
                .Add("passwordKey", GrafanaAdminPasswordKey))
            .Add("sidecar", Map().Add("dashboards", Map()
                .Add("enabled", true)
                .Add("label", GrafanaDashboardLabel)
                .Add("labelValue", GrafanaDashboardLabelValue))))
        .Add("alertmanager", Map().Add("enabled", false))
        .Add("prometheus-node-exporter", Map().Add("tolerations", NodeExporterTolerations()))
        .Add("prometheus", Map().Add("prometheusSpec", Map()
            .Add("podMonitorSelectorNilUsesHelmValues", false)
            .Add("serviceMonitorSelectorNilUsesHelmValues", false)
            .Add("additionalScrapeConfigs", List(AnnotatedPodsScrapeJob()))));

    /// <summary>
    /// prometheus-adapter on the platform's Prometheus, with only the platform's rule: <c>inference_queue_depth</c> as a
    /// pods metric, summed per pod, which is what the inference HPAs scale on.
    /// </summary>
    public static ImmutableDictionary<string, object> PrometheusAdapter(string prometheusNamespace = AddonCharts.MonitoringNamespace) => Map()
        .Add("prometheus", Map().Add("url", PrometheusUrl(prometheusNamespace)).Add("port", PrometheusPort).Add("path", string.Empty))
        .Add("rules", Map()
            .Add("default", false)
            .Add("custom", List(QueueDepthRule())));

    /// <summary>The adapter rule that serves <see cref="Autoscaling.QueueDepthMetric"/> on pods.</summary>
    public static ImmutableDictionary<string, object> QueueDepthRule() => Map()
        .Add("seriesQuery", $"{Autoscaling.QueueDepthMetric}{{namespace!=\"\",pod!=\"\"}}")
        .Add("resources", Map().Add("overrides", Map()
            .Add("namespace", Map().Add("resource", "namespace"))
            .Add("pod", Map().Add("resource", "pod"))))
        .Add("name", Map().Add("matches", $"^{Autoscaling.QueueDepthMetric}$").Add("as", Autoscaling.QueueDepthMetric))
        .Add("metricsQuery", "sum(<<.Series>>{<<.LabelMatchers>>}) by (<<.GroupBy>>)");

    /// <summary>
    /// Every version of an add-on in <paramref name="selection"/> that is not an exact release of its chart, each named
    /// <c>addons.&lt;addon&gt;.version</c>.
    /// </summary>
    public static IReadOnlyList<SpecError> Validate(ClusterAddonsSettings settings, ClusterAddonSelection selection)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(selection);
        var checks = new List<(string Path, string Value, bool Prefixed, string Example)>();
        if (selection.Gateway == GatewayImplementation.Envoy)
        {
            checks.Add(("addons.gateway.version", settings.EnvoyGatewayVersion, true, ClusterAddonsSettings.DefaultEnvoyGatewayVersion));
        }
        else if (selection.Gateway == GatewayImplementation.Istio)
        {
            checks.Add(("addons.gateway.version", settings.IstioVersion, false, ClusterAddonsSettings.DefaultIstioVersion));
            checks.Add(("addons.gateway.crdsVersion", settings.GatewayApiCrdsVersion, true, ClusterAddonsSettings.DefaultEnvoyGatewayVersion));
        }

        if (selection.CertManager)
        {
            checks.Add(("addons.certManager.version", settings.CertManagerVersion, true, ClusterAddonsSettings.DefaultCertManagerVersion));
        }

        if (selection.Keda)
        {
            checks.Add(("addons.keda.version", settings.KedaVersion, false, ClusterAddonsSettings.DefaultKedaVersion));
        }

        if (selection.Prometheus)
        {
            checks.Add(("addons.prometheus.version", settings.KubePrometheusStackVersion, false, ClusterAddonsSettings.DefaultKubePrometheusStackVersion));
        }

        if (selection.PrometheusAdapter)
        {
            checks.Add(("addons.prometheusAdapter.version", settings.PrometheusAdapterVersion, false, ClusterAddonsSettings.DefaultPrometheusAdapterVersion));
        }

        return [.. checks.Where(c => !IsChartVersion(c.Value, c.Prefixed))
            .Select(c => new SpecError(c.Path, $"must be an exact chart version such as {c.Example} (got '{c.Value}')"))];
    }

    /// <summary>
    /// Whether <paramref name="version"/> is an exact release <c>x.y.z</c> (with a pre-release suffix at most), with a
    /// leading <c>v</c> exactly when the chart tags its releases that way (<paramref name="prefixed"/>). Ranges and
    /// <c>latest</c> are refused: a pinned version is what makes a preview say what <c>up</c> installs.
    /// </summary>
    public static bool IsChartVersion(string? version, bool prefixed) =>
        version is not null && ExactVersion().IsMatch(version) && version.StartsWith('v') == prefixed;

    /// <summary>The Secret with Grafana's generated admin credentials (<see cref="ClusterAddons"/> creates it).</summary>
    public const string GrafanaAdminSecret = "grafana-admin";

    public const string GrafanaAdminUserKey = "admin-user";

    public const string GrafanaAdminPasswordKey = "admin-password";

    /// <summary>The ConfigMap label kube-prometheus-stack's Grafana sidecar loads dashboards from (its default, set explicitly).</summary>
    public const string GrafanaDashboardLabel = "grafana_dashboard";

    /// <summary>The value of <see cref="GrafanaDashboardLabel"/> the sidecar matches.</summary>
    public const string GrafanaDashboardLabelValue = "1";

    /// <summary>node-exporter must run where the GPUs are: it tolerates the GPU taint and AKS's spot taint.</summary>
    public static ImmutableArray<object> NodeExporterTolerations() => List(
        Map().Add("key", GpuNodeLabels.GpuTaintKey).Add("operator", "Exists").Add("effect", GpuNodeLabels.GpuTaintEffect),
        Map().Add("key", GpuNodeLabels.AzureSpotTaintKey).Add("operator", "Equal").Add("value", GpuNodeLabels.AzureSpotTaintValue).Add("effect", "NoSchedule"));

    private static string PrometheusUrl(string ns) => $"http://{PrometheusService}.{ns}.svc";

    /// <summary>The meta label of a pod's <c>app.kubernetes.io/part-of</c> label in Kubernetes service discovery.</summary>
    public const string PartOfMeta = "__meta_kubernetes_pod_label_app_kubernetes_io_part_of";

    private static ImmutableDictionary<string, object> AnnotatedPodsScrapeJob() => Map()
        .Add("job_name", "kubernetes-pods")
        .Add("kubernetes_sd_configs", List(Map().Add("role", "pod")))
        .Add("relabel_configs", List(
            Map().Add("source_labels", List("__meta_kubernetes_pod_annotation_prometheus_io_scrape")).Add("action", "keep").Add("regex", "true"),
            // The platform's own pods are scraped through the PodMonitors of components/Observability; scraping them here
            // too would double every series (and every sum) under a second job.
            Map().Add("source_labels", List(PartOfMeta)).Add("action", "drop").Add("regex", KubernetesLabels.PartOf),
            Map().Add("source_labels", List("__meta_kubernetes_pod_annotation_prometheus_io_path")).Add("action", "replace").Add("target_label", "__metrics_path__").Add("regex", "(.+)"),
            Map().Add("source_labels", List("__address__", "__meta_kubernetes_pod_annotation_prometheus_io_port")).Add("action", "replace")
                .Add("regex", @"([^:]+)(?::\d+)?;(\d+)").Add("replacement", "$1:$2").Add("target_label", "__address__"),
            Map().Add("source_labels", List("__meta_kubernetes_namespace")).Add("action", "replace").Add("target_label", "namespace"),
            Map().Add("source_labels", List("__meta_kubernetes_pod_name")).Add("action", "replace").Add("target_label", "pod")));

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;

    private static ImmutableArray<object> List(params object[] items) => [.. items];

    [GeneratedRegex(@"^v?\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$")]
    private static partial Regex ExactVersion();
}
