namespace MlPlatform.Components.Kubernetes;

/// <summary>Which add-ons <see cref="ClusterAddons"/> installs.</summary>
/// <param name="Gateway">The Gateway API implementation; <see cref="GatewayImplementation.None"/> installs none.</param>
/// <param name="CertManager">cert-manager (with its CRDs and Gateway API support), for a ClusterIssuer on the Gateway.</param>
/// <param name="Keda">KEDA, for ScaledObjects (scale to zero).</param>
/// <param name="Prometheus">kube-prometheus-stack: the Prometheus KEDA and prometheus-adapter query.</param>
/// <param name="PrometheusAdapter">prometheus-adapter, serving <c>inference_queue_depth</c> to HPAs.</param>
public sealed record ClusterAddonSelection(
    GatewayImplementation Gateway,
    bool CertManager,
    bool Keda,
    bool Prometheus,
    bool PrometheusAdapter)
{
    /// <summary>Nothing installed: every add-on is provided by the cluster.</summary>
    public static ClusterAddonSelection None { get; } = new(GatewayImplementation.None, false, false, false, false);
}
