namespace MlPlatform.Components.Kubernetes;

/// <summary>Pinned chart versions of the cluster add-ons; each overridable from <c>mlplatform:addons.&lt;addon&gt;.version</c>.</summary>
/// <param name="EnvoyGatewayVersion">Envoy Gateway chart (<c>oci://docker.io/envoyproxy/gateway-helm</c>), tags start with <c>v</c>.</param>
/// <param name="GatewayApiCrdsVersion">Envoy Gateway's CRD chart (<c>oci://docker.io/envoyproxy/gateway-crds-helm</c>), installing the Gateway API CRDs under Istio.</param>
/// <param name="IstioVersion">Istio <c>base</c> and <c>istiod</c> charts (always the same version).</param>
/// <param name="CertManagerVersion">cert-manager chart, tags start with <c>v</c>.</param>
/// <param name="KedaVersion">KEDA chart.</param>
/// <param name="KubePrometheusStackVersion">kube-prometheus-stack chart.</param>
/// <param name="PrometheusAdapterVersion">prometheus-adapter chart.</param>
public sealed record ClusterAddonsSettings(
    string EnvoyGatewayVersion = ClusterAddonsSettings.DefaultEnvoyGatewayVersion,
    string GatewayApiCrdsVersion = ClusterAddonsSettings.DefaultEnvoyGatewayVersion,
    string IstioVersion = ClusterAddonsSettings.DefaultIstioVersion,
    string CertManagerVersion = ClusterAddonsSettings.DefaultCertManagerVersion,
    string KedaVersion = ClusterAddonsSettings.DefaultKedaVersion,
    string KubePrometheusStackVersion = ClusterAddonsSettings.DefaultKubePrometheusStackVersion,
    string PrometheusAdapterVersion = ClusterAddonsSettings.DefaultPrometheusAdapterVersion)
{
    public const string DefaultEnvoyGatewayVersion = "v1.8.2";

    public const string DefaultIstioVersion = "1.27.1";

    public const string DefaultCertManagerVersion = "v1.19.1";

    public const string DefaultKedaVersion = "2.21.1";

    public const string DefaultKubePrometheusStackVersion = "77.14.0";

    public const string DefaultPrometheusAdapterVersion = "5.1.0";

    public static ClusterAddonsSettings Default { get; } = new();
}
