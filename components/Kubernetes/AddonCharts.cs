namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The charts <see cref="ClusterAddons"/> installs, from each project's own documented source (see the README's
/// "ClusterAddons" section for where each was confirmed).
/// </summary>
public static class AddonCharts
{
    public const string IstioRepository = "https://istio-release.storage.googleapis.com/charts";

    public const string PrometheusCommunityRepository = "https://prometheus-community.github.io/helm-charts";

    /// <summary>The namespace of Prometheus; team namespaces admit scrapes from it (<c>allow-monitoring</c>).</summary>
    public const string MonitoringNamespace = "monitoring";

    /// <summary>Envoy Gateway; its <c>crds/</c> carry the Gateway API CRDs.</summary>
    public static AddonChart EnvoyGateway { get; } = new("envoy-gateway", "oci://docker.io/envoyproxy/gateway-helm", null, "envoy-gateway-system");

    /// <summary>Envoy Gateway's CRD chart, used only for the Gateway API CRDs (standard channel) under Istio, which does not install them.</summary>
    public static AddonChart GatewayApiCrds { get; } = new("gateway-api-crds", "oci://docker.io/envoyproxy/gateway-crds-helm", null, "istio-system");

    public static AddonChart IstioBase { get; } = new("istio-base", "base", IstioRepository, "istio-system");

    public static AddonChart Istiod { get; } = new("istiod", "istiod", IstioRepository, "istio-system");

    public static AddonChart CertManager { get; } = new("cert-manager", "cert-manager", "https://charts.jetstack.io", "cert-manager");

    public static AddonChart Keda { get; } = new("keda", "keda", "https://kedacore.github.io/charts", "keda");

    public static AddonChart KubePrometheusStack { get; } = new("kube-prometheus-stack", "kube-prometheus-stack", PrometheusCommunityRepository, MonitoringNamespace);

    public static AddonChart PrometheusAdapter { get; } = new("prometheus-adapter", "prometheus-adapter", PrometheusCommunityRepository, MonitoringNamespace);
}
