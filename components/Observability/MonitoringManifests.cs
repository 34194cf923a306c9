using System.Collections.Immutable;
using MlPlatform.Components.Kubernetes;

namespace MlPlatform.Components.Observability;

/// <summary>
/// The <c>spec</c>s of the monitoring.coreos.com/v1 objects (PrometheusRule, ServiceMonitor, PodMonitor) and the Grafana
/// dashboard ConfigMap data. Plain data, tested without Pulumi and against the vendored CRD schemas.
/// </summary>
public static class MonitoringManifests
{
    /// <summary>API version of the Prometheus Operator's objects.</summary>
    public const string ApiVersion = "monitoring.coreos.com/v1";

    /// <summary>The label kube-prometheus-stack's Grafana sidecar loads dashboards by (values <c>grafana.sidecar.dashboards.label</c>).</summary>
    public const string DashboardLabel = ClusterAddonValues.GrafanaDashboardLabel;

    /// <summary>The value of <see cref="DashboardLabel"/> the sidecar matches (values <c>grafana.sidecar.dashboards.labelValue</c>).</summary>
    public const string DashboardLabelValue = ClusterAddonValues.GrafanaDashboardLabelValue;

    /// <summary>The PrometheusRule's <c>spec</c>: one group per concern, each alert with severity and runbook link.</summary>
    public static ImmutableDictionary<string, object> PrometheusRule(IEnumerable<AlertRule> rules, string runbookBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(runbookBaseUrl);
        var groups = AlertRules.Groups(rules).Select(g => (object)Map()
            .Add("name", g.Name)
            .Add("rules", List([.. g.Rules.Select(r => (object)Rule(r, runbookBaseUrl))])));
        return Map().Add("groups", List([.. groups]));
    }

    /// <summary>
    /// A ServiceMonitor's <c>spec</c>: the Service labelled <paramref name="selector"/> in <paramref name="ns"/>, port
    /// <paramref name="port"/>, with node metadata attached so every series carries <c>node</c>, <c>pool</c>,
    /// <c>capacity_type</c> and <c>gpu_type</c>. <paramref name="honorLabels"/> keeps the exporter's own
    /// <c>pod</c>/<c>namespace</c> (DCGM names the workload holding the GPU).
    /// </summary>
    public static ImmutableDictionary<string, object> ServiceMonitor(string ns, IReadOnlyDictionary<string, string> selector, string port, string interval, bool honorLabels) => Map()
        .Add("selector", Map().Add("matchLabels", Strings(selector)))
        .Add("namespaceSelector", Map().Add("matchNames", List(ns)))
        .Add("attachMetadata", Map().Add("node", true))
        .Add("endpoints", List(Map()
            .Add("port", port)
            .Add("path", "/metrics")
            .Add("interval", interval)
            .Add("honorLabels", honorLabels)
            .Add("relabelings", NodeRelabelings())));

    /// <summary>A PodMonitor's <c>spec</c>: pods labelled <paramref name="selector"/> in <paramref name="namespaces"/> (any when empty), container port <paramref name="port"/>.</summary>
    public static ImmutableDictionary<string, object> PodMonitor(IReadOnlyList<string> namespaces, IReadOnlyDictionary<string, string> selector, string port, string interval)
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        var namespaceSelector = namespaces.Count == 0 ? Map().Add("any", true) : Map().Add("matchNames", List([.. namespaces]));
        return Map()
            .Add("selector", Map().Add("matchLabels", Strings(selector)))
            .Add("namespaceSelector", namespaceSelector)
            .Add("attachMetadata", Map().Add("node", true))
            .Add("podMetricsEndpoints", List(Map()
                .Add("port", port)
                .Add("path", "/metrics")
                .Add("interval", interval)
                .Add("relabelings", NodeRelabelings())));
    }

    // The node's name and its pool labels (GpuNodeLabels) as target labels: dashboards group by pool and capacity type.
    private static ImmutableArray<object> NodeRelabelings() => List(
        Relabel("__meta_kubernetes_pod_node_name", "node"),
        Relabel(NodeLabelMeta(GpuNodeLabels.Pool), "pool"),
        Relabel(NodeLabelMeta(GpuNodeLabels.CapacityType), "capacity_type"),
        Relabel(NodeLabelMeta(GpuNodeLabels.GpuType), "gpu_type"));

    private static ImmutableDictionary<string, object> Relabel(string source, string target) => Map()
        .Add("sourceLabels", List(source))
        .Add("targetLabel", target)
        .Add("action", "replace");

    /// <summary>The meta label Prometheus gives a node label (non-alphanumerics become <c>_</c>).</summary>
    public static string NodeLabelMeta(string nodeLabel)
    {
        ArgumentNullException.ThrowIfNull(nodeLabel);
        return "__meta_kubernetes_node_label_" + new string([.. nodeLabel.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
    }

    private static ImmutableDictionary<string, object> Rule(AlertRule rule, string runbookBaseUrl)
    {
        var labels = Map().Add("severity", rule.Severity);
        foreach (var (key, value) in rule.Labels ?? ImmutableDictionary<string, string>.Empty)
        {
            labels = labels.SetItem(key, value);
        }

        var map = Map()
            .Add("alert", rule.Name)
            .Add("expr", rule.Expression)
            .Add("labels", labels)
            .Add("annotations", Map()
                .Add("summary", rule.Summary)
                .Add("description", rule.Description)
                .Add("runbook_url", $"{runbookBaseUrl}#{rule.RunbookAnchor}"));
        return rule.For is null ? map : map.Add("for", rule.For);
    }

    private static ImmutableDictionary<string, object> Strings(IReadOnlyDictionary<string, string> labels) =>
        labels.ToImmutableDictionary(p => p.Key, p => (object)p.Value);

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;

    private static ImmutableArray<object> List(params object[] items) => [.. items];
}
