using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The PodDisruptionBudgets the charts the platform installs create, computed from the values a release passes the way
/// each chart's templates compute them at its pinned version. A budget that allows no eviction of a workload's last pod
/// blocks every drain of its node (node upgrades, Karpenter consolidation, spot replacement), so the platform's values
/// must avoid that; this model lets a test prove it for every release of every stack. A chart the model does not know
/// is an error, so a new add-on cannot slip in unreviewed.
/// </summary>
public static class ChartDisruptionBudgets
{
    /// <summary>Charts that run no workload (CRDs, cluster roles, webhooks configuration only).</summary>
    private static readonly ImmutableHashSet<string> WithoutWorkloads = ImmutableHashSet.Create(StringComparer.Ordinal,
        AddonCharts.GatewayApiCrds.Chart, AddonCharts.IstioBase.Chart);

    /// <summary>The chart reference of Karpenter's controller (components/Aws installs it).</summary>
    public const string KarpenterChart = "oci://public.ecr.aws/karpenter/karpenter";

    /// <summary>NVIDIA's DCGM exporter chart (components/Observability installs it).</summary>
    public const string DcgmExporterChart = "dcgm-exporter";

    /// <summary>Whether <see cref="Of"/> knows <paramref name="chart"/>.</summary>
    public static bool Knows(string chart) => WithoutWorkloads.Contains(chart) || chart is KarpenterChart or DcgmExporterChart
        || chart == AddonCharts.EnvoyGateway.Chart || chart == AddonCharts.Istiod.Chart || chart == AddonCharts.CertManager.Chart
        || chart == AddonCharts.Keda.Chart || chart == AddonCharts.KubePrometheusStack.Chart || chart == AddonCharts.PrometheusAdapter.Chart;

    /// <summary>The budgets <paramref name="chart"/> creates with <paramref name="values"/> (the release's values).</summary>
    /// <exception cref="ArgumentException">The chart is not one the platform installs.</exception>
    public static ImmutableArray<ChartDisruptionBudget> Of(string chart, IReadOnlyDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(values);
        if (WithoutWorkloads.Contains(chart))
        {
            return [];
        }

        if (chart == DcgmExporterChart)
        {
            // NVIDIA/dcgm-exporter 4.5.3-4.8.2 deployment/: a DaemonSet and no PodDisruptionBudget template.
            return [];
        }

        if (chart == AddonCharts.Istiod.Chart)
        {
            return Istiod(values);
        }

        if (chart == AddonCharts.EnvoyGateway.Chart)
        {
            return EnvoyGateway(values);
        }

        if (chart == KarpenterChart)
        {
            // aws/karpenter-provider-aws v1.8.1 charts/karpenter: the budget is always created, maxUnavailable from
            // podDisruptionBudget.maxUnavailable (default 1), over `replicas` (default 2).
            var replicas = Int(values, "replicas") ?? 2;
            return [new ChartDisruptionBudget(chart, "karpenter", replicas, null, Int(values, "podDisruptionBudget", "maxUnavailable") ?? 1)];
        }

        if (chart == AddonCharts.CertManager.Chart)
        {
            // cert-manager v1.19.1 deploy/charts/cert-manager: controller, webhook and cainjector budgets are off unless
            // <component>.podDisruptionBudget.enabled (top level for the controller); one replica each by default.
            return [.. Enabled(chart, "cert-manager", values, Int(values, "replicaCount") ?? 1, ["podDisruptionBudget"]),
                .. Enabled(chart, "cert-manager-webhook", values, Int(values, "webhook", "replicaCount") ?? 1, ["webhook", "podDisruptionBudget"]),
                .. Enabled(chart, "cert-manager-cainjector", values, Int(values, "cainjector", "replicaCount") ?? 1, ["cainjector", "podDisruptionBudget"])];
        }

        if (chart == AddonCharts.Keda.Chart)
        {
            return Keda(values);
        }

        if (chart == AddonCharts.KubePrometheusStack.Chart)
        {
            // kube-prometheus-stack 77.14.0: every budget (prometheus, alertmanager, the operator, its admission webhook,
            // thanosRuler) has enabled: false by default with minAvailable 1; the platform runs one of each.
            return [.. Enabled(chart, "prometheus", values, Int(values, "prometheus", "prometheusSpec", "replicas") ?? 1, ["prometheus", "podDisruptionBudget"]),
                .. Enabled(chart, "alertmanager", values, Int(values, "alertmanager", "alertmanagerSpec", "replicas") ?? 1, ["alertmanager", "podDisruptionBudget"]),
                .. Enabled(chart, "prometheus-operator", values, 1, ["prometheusOperator", "podDisruptionBudget"])];
        }

        if (chart == AddonCharts.PrometheusAdapter.Chart)
        {
            // prometheus-adapter 5.1.0: podDisruptionBudget.enabled false by default (maxUnavailable 1 when enabled).
            return Enabled(chart, "prometheus-adapter", values, Int(values, "replicas") ?? 1, ["podDisruptionBudget"], defaultMaxUnavailable: 1);
        }

        throw new ArgumentException($"chart '{chart}' is not one the platform installs; review its PodDisruptionBudgets and add it to {nameof(ChartDisruptionBudgets)}", nameof(chart));
    }

    // istio/istio 1.27.1 manifests/charts/istio-control/istio-discovery: global.defaultPodDisruptionBudget.enabled is
    // true, and pdb.minAvailable 1 applies unless pdb has maxUnavailable; istiod autoscales (autoscaleEnabled true)
    // from autoscaleMin 1, else runs replicaCount (1). The defaults alone therefore block every drain of istiod's node.
    private static ImmutableArray<ChartDisruptionBudget> Istiod(IReadOnlyDictionary<string, object> values)
    {
        if (!(Bool(values, "global", "defaultPodDisruptionBudget", "enabled") ?? true))
        {
            return [];
        }

        var autoscaled = Bool(values, "autoscaleEnabled") ?? true;
        var replicas = autoscaled ? Int(values, "autoscaleMin") ?? 1 : Int(values, "replicaCount") ?? 1;
        var maxUnavailable = Int(values, "pdb", "maxUnavailable");
        var minAvailable = maxUnavailable is null ? Int(values, "pdb", "minAvailable") ?? 1 : (int?)null;
        return [new ChartDisruptionBudget(AddonCharts.Istiod.Chart, "istiod", replicas, minAvailable, maxUnavailable)];
    }

    // envoyproxy/gateway v1.8.2 charts/gateway-helm: a budget only when podDisruptionBudget.minAvailable or
    // maxUnavailable is at least 1 (minAvailable 0 by default, so none), over deployment.replicas (1).
    private static ImmutableArray<ChartDisruptionBudget> EnvoyGateway(IReadOnlyDictionary<string, object> values)
    {
        var minAvailable = Int(values, "podDisruptionBudget", "minAvailable") ?? 0;
        var maxUnavailable = Int(values, "podDisruptionBudget", "maxUnavailable");
        if (minAvailable < 1 && maxUnavailable is null or < 1)
        {
            return [];
        }

        var replicas = Int(values, "deployment", "replicas") ?? 1;
        return [new ChartDisruptionBudget(AddonCharts.EnvoyGateway.Chart, "envoy-gateway", replicas, minAvailable >= 1 ? minAvailable : null, maxUnavailable)];
    }

    // kedacore/charts v2.20.2 keda: a budget per component only when podDisruptionBudget.<component> (or the top-level
    // minAvailable/maxUnavailable) is set; none by default. One replica of each component by default.
    private static ImmutableArray<ChartDisruptionBudget> Keda(IReadOnlyDictionary<string, object> values)
    {
        var budgets = ImmutableArray.CreateBuilder<ChartDisruptionBudget>();
        foreach (var (component, workload, replicasKey) in new[] { ("operator", "keda-operator", "operator"), ("metricServer", "keda-operator-metrics-apiserver", "metricsServer"), ("webhooks", "keda-admission-webhooks", "webhooks") })
        {
            var minAvailable = Int(values, "podDisruptionBudget", component, "minAvailable") ?? Int(values, "podDisruptionBudget", "minAvailable");
            var maxUnavailable = Int(values, "podDisruptionBudget", component, "maxUnavailable") ?? Int(values, "podDisruptionBudget", "maxUnavailable");
            if (minAvailable is not null || maxUnavailable is not null)
            {
                budgets.Add(new ChartDisruptionBudget(AddonCharts.Keda.Chart, workload, Int(values, replicasKey, "replicaCount") ?? 1, minAvailable, maxUnavailable));
            }
        }

        return budgets.ToImmutable();
    }

    // The common template shape: <path>.enabled (false by default) gates a budget of maxUnavailable when set, else
    // minAvailable (1 by default).
    private static ImmutableArray<ChartDisruptionBudget> Enabled(string chart, string workload, IReadOnlyDictionary<string, object> values, int replicas, string[] budgetPath, int? defaultMaxUnavailable = null)
    {
        if (!(Bool(values, [.. budgetPath, "enabled"]) ?? false))
        {
            return [];
        }

        var maxUnavailable = Int(values, [.. budgetPath, "maxUnavailable"]) ?? defaultMaxUnavailable;
        var minAvailable = maxUnavailable is null ? Int(values, [.. budgetPath, "minAvailable"]) ?? 1 : (int?)null;
        return [new ChartDisruptionBudget(chart, workload, replicas, minAvailable, maxUnavailable)];
    }

    private static object? At(IReadOnlyDictionary<string, object> values, string[] path)
    {
        object? current = values;
        foreach (var key in path)
        {
            current = current switch
            {
                IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(key),
                IDictionary<string, object?> map => map.TryGetValue(key, out var v) ? v : null,
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    // Percentages and other shapes are not modelled: fail rather than guess a budget.
    private static int? Int(IReadOnlyDictionary<string, object> values, params string[] path) => At(values, path) switch
    {
        null => null,
        int i => i,
        long l => checked((int)l),
        double d when d == Math.Floor(d) => checked((int)d),
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        var other => throw new ArgumentException($"value '{string.Join('.', path)}' is '{other}': only whole numbers are modelled", nameof(values)),
    };

    private static bool? Bool(IReadOnlyDictionary<string, object> values, params string[] path) => At(values, path) switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var parsed) => parsed,
        _ => null,
    };
}
