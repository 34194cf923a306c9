using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;
using Pulumi.Random;
using CustomResource = Pulumi.Kubernetes.ApiExtensions.CustomResource;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The cluster add-ons the Kubernetes layer's objects need, each a Helm release of a pinned chart through the layer's
/// provider: the Gateway API implementation of the stack's class (Envoy Gateway and its GatewayClass, or Istio's base
/// and istiod plus the Gateway API CRDs), cert-manager for the Gateway's ClusterIssuer, KEDA for ScaledObjects, and
/// kube-prometheus-stack with prometheus-adapter serving <c>inference_queue_depth</c> to HPAs. Objects of their CRDs
/// (Gateway, HTTPRoute, ScaledObject) and the HPAs depend on <see cref="GatewayDependencies"/>,
/// <see cref="KedaDependencies"/> and <see cref="HpaDependencies"/>.
/// </summary>
public sealed class ClusterAddons : ComponentResource
{
    public const string TypeToken = "mlplatform:k8s:ClusterAddons";

    public const string ComponentLabel = "cluster-addons";

    public ClusterAddons(string name, ClusterAddonsArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(ClusterAddonValues.Validate(args.Settings, args.Selection));
        var selection = args.Selection;
        var settings = args.Settings;
        var installed = new List<string>();

        Release Install(AddonChart chart, string version, ImmutableDictionary<string, object> values, params Resource[] dependsOn)
        {
            var releaseArgs = new ReleaseArgs
            {
                Name = chart.Key,
                Chart = chart.Chart,
                Version = version,
                Namespace = chart.Namespace,
                CreateNamespace = true,
                Values = values,
            };
            if (chart.Repository is not null)
            {
                releaseArgs.RepositoryOpts = new RepositoryOptsArgs { Repo = chart.Repository };
            }

            installed.Add(chart.Key);
            return new Release($"{name}-{chart.Key}", releaseArgs, new CustomResourceOptions { Parent = this, Provider = args.Provider, DependsOn = dependsOn });
        }

        var gateway = new List<Resource>();
        switch (selection.Gateway)
        {
            case GatewayImplementation.Envoy:
                var envoy = Install(AddonCharts.EnvoyGateway, settings.EnvoyGatewayVersion, ClusterAddonValues.EnvoyGateway());
                // Envoy Gateway does not create a class of its own: the one the Gateway names must hand it to Envoy.
                var labels = KubernetesLabels.For("gateway-class", name, settings.EnvoyGatewayVersion, ComponentLabel);
                var gatewayClass = new CustomResource($"{name}-gatewayclass", ManifestArgs.Create(
                    GatewayApiSpecs.ApiVersion, "GatewayClass", ClusterAddonValues.EnvoyGatewayClass(), KubeArgs.Meta(args.GatewayClassName, null, labels)),
                    new CustomResourceOptions { Parent = this, Provider = args.Provider, DependsOn = { envoy } });
                gateway.AddRange([envoy, gatewayClass]);
                break;
            case GatewayImplementation.Istio:
                var crds = Install(AddonCharts.GatewayApiCrds, settings.GatewayApiCrdsVersion, ClusterAddonValues.GatewayApiCrds());
                var istioBase = Install(AddonCharts.IstioBase, settings.IstioVersion, ClusterAddonValues.IstioBase());
                // istiod needs Istio's CRDs, and serves the Gateway API (creating the "istio" class) once its CRDs exist.
                var istiod = Install(AddonCharts.Istiod, settings.IstioVersion, ClusterAddonValues.Istiod(), crds, istioBase);
                gateway.AddRange([crds, istioBase, istiod]);
                break;
            case GatewayImplementation.None:
                break;
        }

        if (selection.CertManager)
        {
            // The Gateway API shim watches Gateways: their CRDs must exist when the controller starts.
            gateway.Add(Install(AddonCharts.CertManager, settings.CertManagerVersion, ClusterAddonValues.CertManager(), [.. gateway]));
        }

        var prometheus = selection.Prometheus
            ? Install(AddonCharts.KubePrometheusStack, settings.KubePrometheusStackVersion, ClusterAddonValues.KubePrometheusStack(), GrafanaAdmin(name, args.Provider))
            : null;
        Resource[] metricsStore = prometheus is null ? [] : [prometheus];
        var keda = new List<Resource>(metricsStore);
        if (selection.Keda)
        {
            keda.Add(Install(AddonCharts.Keda, settings.KedaVersion, ClusterAddonValues.Keda()));
        }

        var hpa = new List<Resource>(metricsStore);
        if (selection.PrometheusAdapter)
        {
            hpa.Add(Install(AddonCharts.PrometheusAdapter, settings.PrometheusAdapterVersion, ClusterAddonValues.PrometheusAdapter(), metricsStore));
        }

        GatewayDependencies = [.. gateway];
        KedaDependencies = [.. keda];
        HpaDependencies = [.. hpa];
        PrometheusEndpoint = selection.Prometheus ? ClusterAddonValues.PrometheusAddress() : args.ExternalPrometheusAddress;
        Releases = Output.Create(installed.ToImmutableArray());
        PrometheusAddress = Output.Create(PrometheusEndpoint);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["releases"] = Releases,
            ["prometheusAddress"] = PrometheusAddress,
        });
    }

    /// <summary>
    /// Grafana's admin credentials, generated (the chart's default password is public): a Secret in the monitoring
    /// namespace that the release names as Grafana's <c>admin.existingSecret</c>. Read it with
    /// <c>kubectl -n monitoring get secret grafana-admin -o jsonpath='{.data.admin-password}' | base64 -d</c>.
    /// </summary>
    private Secret GrafanaAdmin(string name, ProviderResource provider)
    {
        var options = new CustomResourceOptions { Parent = this, Provider = provider };
        var labels = KubernetesLabels.For("grafana", name, "admin", ComponentLabel);

        // With server-side apply the namespace is adopted if Helm created it before (existing stacks).
        var ns = new Namespace($"{name}-monitoring", new NamespaceArgs { Metadata = KubeArgs.Meta(AddonCharts.MonitoringNamespace, null, labels) }, options);
        var password = new RandomPassword($"{name}-grafana-admin", new RandomPasswordArgs { Length = 32, Special = false }, new CustomResourceOptions { Parent = this });
        return new Secret($"{name}-grafana-admin", new SecretArgs
        {
            Metadata = KubeArgs.Meta(ClusterAddonValues.GrafanaAdminSecret, AddonCharts.MonitoringNamespace, labels),
            Type = "Opaque",
            StringData = Output.CreateSecret(password.Result.Apply(p => ImmutableDictionary<string, string>.Empty
                .Add(ClusterAddonValues.GrafanaAdminUserKey, "admin")
                .Add(ClusterAddonValues.GrafanaAdminPasswordKey, p))),
        }, new CustomResourceOptions { Parent = this, Provider = provider, DependsOn = [ns] });
    }

    /// <summary>What Gateways and HTTPRoutes must wait for: the gateway implementation (its CRDs, controller, class) and cert-manager.</summary>
    public ImmutableArray<Resource> GatewayDependencies { get; }

    /// <summary>What ScaledObjects must wait for: KEDA (their CRD) and the Prometheus their trigger queries.</summary>
    public ImmutableArray<Resource> KedaDependencies { get; }

    /// <summary>What HPAs on <c>inference_queue_depth</c> must wait for: prometheus-adapter and its Prometheus.</summary>
    public ImmutableArray<Resource> HpaDependencies { get; }

    /// <summary>The Prometheus URL KEDA's trigger uses, as a plain value for <see cref="AutoscalingSettings.PrometheusAddress"/>.</summary>
    public string PrometheusEndpoint { get; }

    /// <summary>Helm release names installed, in order.</summary>
    [Output("releases")]
    public Output<ImmutableArray<string>> Releases { get; private set; }

    /// <summary>The in-cluster Prometheus URL (installed, or the external one given).</summary>
    [Output("prometheusAddress")]
    public Output<string> PrometheusAddress { get; private set; }
}
