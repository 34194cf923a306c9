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
    // Each version below was confirmed in its chart's upstream repository (the README's ClusterAddons section lists them).

    // envoyproxy/gateway tag v1.8.2 (6c2e80d5): VERSION is v1.8.2 and tools/make/helm.mk pushes gateway-helm and
    // gateway-crds-helm to oci://docker.io/envoyproxy with --version $(cat VERSION).
    public const string DefaultEnvoyGatewayVersion = "v1.8.2";

    // istio/istio tag 1.27.1 (4ac35992), manifests/charts/base and istio-control/istio-discovery; the release build
    // stamps the tag into Chart.yaml.
    public const string DefaultIstioVersion = "1.27.1";

    // cert-manager/cert-manager tag v1.19.1 (a22e21ea), deploy/charts/cert-manager (version set from the tag at release).
    public const string DefaultCertManagerVersion = "v1.19.1";

    // kedacore/charts tag v2.20.2 (cbb9bb8c), keda/Chart.yaml version 2.20.2: the newest release there and in
    // kedacore/keda (v2.20.2, 68a5b502); no 2.21 exists in either.
    public const string DefaultKedaVersion = "2.20.2";

    // prometheus-community/helm-charts tag kube-prometheus-stack-77.14.0 (727ebf94), Chart.yaml version 77.14.0.
    public const string DefaultKubePrometheusStackVersion = "77.14.0";

    // prometheus-community/helm-charts tag prometheus-adapter-5.1.0 (23ffdfba), Chart.yaml version 5.1.0.
    public const string DefaultPrometheusAdapterVersion = "5.1.0";

    public static ClusterAddonsSettings Default { get; } = new();
}
