namespace MlPlatform.Stacks.Config;

/// <summary>The cluster add-ons the Kubernetes layer installs (<c>mlplatform:addons</c>); every key is optional.</summary>
/// <param name="Gateway">The Gateway API implementation of <c>ingress.gatewayClassName</c> (Envoy Gateway or Istio charts).</param>
/// <param name="GatewayCrdsVersion">Under Istio, the version of the chart that installs the Gateway API CRDs.</param>
/// <param name="CertManager">cert-manager, installed by default when <c>ingress.clusterIssuer</c> is set.</param>
/// <param name="Keda">KEDA, installed by default when a model version scales to zero.</param>
/// <param name="Prometheus">kube-prometheus-stack, installed by default when KEDA or prometheus-adapter needs it.</param>
/// <param name="PrometheusAddress">With <c>prometheus.enabled: false</c>, the URL of the cluster's own Prometheus.</param>
/// <param name="PrometheusAdapter">prometheus-adapter, installed by default when a model version scales with an HPA.</param>
public sealed record AddonsSpec(
    AddonSpec Gateway,
    string? GatewayCrdsVersion,
    AddonSpec CertManager,
    AddonSpec Keda,
    AddonSpec Prometheus,
    string? PrometheusAddress,
    AddonSpec PrometheusAdapter)
{
    public static AddonsSpec Auto { get; } = new(AddonSpec.Auto, null, AddonSpec.Auto, AddonSpec.Auto, AddonSpec.Auto, null, AddonSpec.Auto);
}
