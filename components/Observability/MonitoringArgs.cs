using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Observability;

/// <summary>Inputs of <see cref="Monitoring"/>; defaults are the platform's.</summary>
public sealed class MonitoringArgs : ResourceArgs
{
    /// <summary>The cluster's Kubernetes provider.</summary>
    public ProviderResource? Provider { get; set; }

    /// <summary>
    /// Deploy the DCGM exporter, the alert rules and the dashboards. When false only the monitors of the platform's
    /// services are deployed (they are how Prometheus, and prometheus-adapter's queue-depth metric, see the services).
    /// </summary>
    public bool AlertsAndDashboards { get; set; } = true;

    /// <summary>The DCGM exporter image pinned by digest; required with <see cref="AlertsAndDashboards"/>.</summary>
    public string? DcgmExporterImage { get; set; }

    /// <summary>Namespace of the monitors, rules, dashboards and the exporter (the one Prometheus and Grafana run in).</summary>
    public string Namespace { get; set; } = "monitoring";

    /// <summary>Labels the Prometheus selects monitors and rules by (for the installed kube-prometheus-stack: <c>release</c>).</summary>
    public ImmutableDictionary<string, string> SelectorLabels { get; set; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Where docs/observability.md is published; each alert links to its section.</summary>
    public string RunbookBaseUrl { get; set; } = "https://github.com/mlplatform/mlplatform/blob/main/docs/observability.md";

    /// <summary>The alert thresholds.</summary>
    public AlertThresholds Thresholds { get; set; } = AlertThresholds.Default;

    /// <summary>Teams with their own queue-wait rule (the rest share the default objective).</summary>
    public ImmutableArray<string> Teams { get; set; } = [];

    /// <summary>Namespace of the scheduler's pods.</summary>
    public string SchedulerNamespace { get; set; } = PlatformServiceAccounts.PlatformNamespace;

    /// <summary>Namespaces the inference runtime's pods run in (the team namespaces); empty: any.</summary>
    public ImmutableArray<string> InferenceNamespaces { get; set; } = [];

    /// <summary>Whether the dataset warmer runs (then it gets a PodMonitor).</summary>
    public bool DatasetWarmer { get; set; }

    /// <summary>Namespace of the dataset warmer's pods.</summary>
    public string DatasetWarmerNamespace { get; set; } = PlatformServiceAccounts.NodeAgentsNamespace;

    /// <summary>The platform's version, for the objects' labels.</summary>
    public string Version { get; set; } = "0.1.0";

    /// <summary>What the monitoring.coreos.com objects need first (the Prometheus Operator that defines their CRDs).</summary>
    public ImmutableArray<Resource> Dependencies { get; set; } = [];
}
