using System.Collections.Immutable;
using MlPlatform.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using CustomResource = Pulumi.Kubernetes.ApiExtensions.CustomResource;

namespace MlPlatform.Components.Observability;

/// <summary>
/// Observability as code: NVIDIA's DCGM exporter on every GPU node, a ServiceMonitor or PodMonitor for each of the four
/// metric sources (DCGM, the scheduler, the inference runtime, the dataset warmer), the platform's PrometheusRule and
/// its Grafana dashboards as ConfigMaps the kube-prometheus-stack sidecar loads. Monitors and rules carry the labels
/// the Prometheus selects them by.
/// </summary>
public sealed class Monitoring : ComponentResource
{
    public const string TypeToken = "mlplatform:observability:Monitoring";

    public const string ComponentLabel = "observability";

    /// <summary>The name of the PrometheusRule.</summary>
    public const string RuleName = "mlplatform-alerts";

    public Monitoring(string name, MonitoringArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var labels = KubernetesLabels.For("monitoring", name, args.Version, ComponentLabel);
        var selected = labels.SetItems(args.SelectorLabels);
        var ns = args.Namespace;
        CustomResourceOptions Child(params Resource[] dependsOn) =>
            new() { Parent = this, Provider = args.Provider, DependsOn = [.. args.Dependencies, .. dependsOn] };

        CustomResource Monitor(string objectName, string kind, ImmutableDictionary<string, object> spec, params Resource[] dependsOn) =>
            new($"{name}-{objectName}", ManifestArgs.Create(MonitoringManifests.ApiVersion, kind, spec, Meta(objectName, ns, selected)), Child(dependsOn));

        var monitors = new List<string>();
        monitors.Add(Monitor("scheduler", "PodMonitor", MonitoringManifests.PodMonitor(
            [args.SchedulerNamespace], AppSelector(SchedulerDeployment.AppName), "http", "30s")).GetResourceName());
        monitors.Add(Monitor("inference", "PodMonitor", MonitoringManifests.PodMonitor(
            args.InferenceNamespaces, AppSelector(InferenceService.AppName), "http", "15s")).GetResourceName());
        if (args.DatasetWarmer)
        {
            monitors.Add(Monitor("dataset-warmer", "PodMonitor", MonitoringManifests.PodMonitor(
                [args.DatasetWarmerNamespace], AppSelector("dataset-warmer"), "metrics", "60s")).GetResourceName());
        }

        var dashboards = new List<string>();
        if (args.AlertsAndDashboards)
        {
            var image = ImageReference.Require(args.DcgmExporterImage, "observability.dcgmExporterImage");
            var dcgm = new Release($"{name}-dcgm-exporter", new ReleaseArgs
            {
                Name = DcgmExporter.ReleaseName,
                Chart = DcgmExporter.Chart,
                Version = DcgmExporter.ChartVersion,
                Namespace = ns,
                CreateNamespace = true,
                RepositoryOpts = new RepositoryOptsArgs { Repo = DcgmExporter.Repository },
                Values = DcgmExporter.Values(image),
            }, new CustomResourceOptions { Parent = this, Provider = args.Provider, DependsOn = [.. args.Dependencies] });

            monitors.Add(Monitor("dcgm-exporter", "ServiceMonitor", MonitoringManifests.ServiceMonitor(
                ns, DcgmExporter.ServiceLabels, DcgmExporter.MetricsPortName, "15s", honorLabels: true), dcgm).GetResourceName());

            var rules = AlertRules.For(args.Thresholds, args.Teams, ns);
            _ = Monitor(RuleName, "PrometheusRule", MonitoringManifests.PrometheusRule(rules, args.RunbookBaseUrl), dcgm);

            foreach (var dashboard in Dashboards.All)
            {
                _ = new ConfigMap($"{name}-{dashboard.Uid}", new ConfigMapArgs
                {
                    Metadata = Meta(dashboard.Uid, ns, labels.Add(MonitoringManifests.DashboardLabel, MonitoringManifests.DashboardLabelValue)),
                    Data = { { $"{dashboard.Uid}.json", DashboardJson.Render(dashboard) } },
                }, Child(dcgm));
                dashboards.Add(dashboard.Uid);
            }
        }

        Monitors = Output.Create(monitors.ToImmutableArray());
        DashboardNames = Output.Create(dashboards.ToImmutableArray());
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["monitors"] = Monitors,
            ["dashboards"] = DashboardNames,
        });
    }

    /// <summary>The monitors' resource names.</summary>
    [Output("monitors")]
    public Output<ImmutableArray<string>> Monitors { get; private set; }

    /// <summary>The dashboards' uids (one ConfigMap each).</summary>
    [Output("dashboards")]
    public Output<ImmutableArray<string>> DashboardNames { get; private set; }

    private static ObjectMetaArgs Meta(string name, string ns, ImmutableDictionary<string, string> labels) =>
        new() { Name = name, Namespace = ns, Labels = labels };

    /// <summary>The label every pod of a platform service carries (KubernetesLabels.For's name).</summary>
    public static ImmutableDictionary<string, string> AppSelector(string app) =>
        ImmutableDictionary<string, string>.Empty.Add("app.kubernetes.io/name", app).Add("app.kubernetes.io/part-of", KubernetesLabels.PartOf);
}
