using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Inputs of <see cref="ClusterAddons"/>.</summary>
public sealed class ClusterAddonsArgs
{
    /// <summary>The Kubernetes provider of the cluster the charts are installed into. Required.</summary>
    public required ProviderResource Provider { get; init; }

    /// <summary>The stack's GatewayClass (<c>mlplatform:ingress.gatewayClassName</c>); with Envoy, the GatewayClass declared under this name.</summary>
    public required string GatewayClassName { get; init; }

    /// <summary>What to install (<see cref="ClusterAddonPlanner.Select"/>); nothing by default.</summary>
    public ClusterAddonSelection Selection { get; init; } = ClusterAddonSelection.None;

    /// <summary>Pinned chart versions.</summary>
    public ClusterAddonsSettings Settings { get; init; } = ClusterAddonsSettings.Default;

    /// <summary>
    /// Where KEDA and HPAs find Prometheus when <see cref="ClusterAddonSelection.Prometheus"/> is off (a Prometheus the
    /// cluster already has); ignored when the platform installs Prometheus.
    /// </summary>
    public string ExternalPrometheusAddress { get; init; } = ClusterAddonValues.PrometheusAddress();
}
