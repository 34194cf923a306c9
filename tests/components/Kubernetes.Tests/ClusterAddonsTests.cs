using System.Collections.Concurrent;
using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class ClusterAddonsTests
{
    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";

    private static readonly ClusterAddonSelection Everything = new(GatewayImplementation.Istio, true, true, true, true);

    /// <summary>Runs <paramref name="program"/> with a provider, recording each resource's parent and dependencies by name.</summary>
    /// <summary>
    /// Runs <paramref name="program"/> with a provider and options whose transformation records each resource's parent
    /// and dependencies by name (transformations apply to the component and its children).
    /// </summary>
    private static async Task<(EchoMocks Mocks, ConcurrentDictionary<string, string?> Parents, ConcurrentDictionary<string, Output<ImmutableArray<Resource>>> DependsOn)> DeployAsync(
        Action<ProviderResource, Func<ComponentResourceOptions>> program)
    {
        var mocks = K8sTest.Mocks();
        var parents = new ConcurrentDictionary<string, string?>();
        var dependsOn = new ConcurrentDictionary<string, Output<ImmutableArray<Resource>>>();
        ComponentResourceOptions Recording() => new()
        {
            ResourceTransformations =
            {
                args =>
                {
                    parents[args.Resource.GetResourceName()] = args.Options.Parent?.GetResourceName();
                    dependsOn[args.Resource.GetResourceName()] = args.Options.DependsOn;
                    return null;
                },
            },
        };
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "apiVersion: v1" });
            program(provider, Recording);
        });
        return (mocks, parents, dependsOn);
    }

    private static ClusterAddons Addons(ProviderResource provider, ClusterAddonSelection selection, Func<ComponentResourceOptions>? options = null, string className = "istio", ClusterAddonsSettings? settings = null) =>
        new("addons", new ClusterAddonsArgs { Provider = provider, GatewayClassName = className, Selection = selection, Settings = settings ?? ClusterAddonsSettings.Default }, options?.Invoke());

    private static InferenceServiceArgs Scaled(bool keda, ImmutableArray<Resource> dependencies)
    {
        var a = K8sTest.InferenceArgs(keda: keda);
        return new InferenceServiceArgs
        {
            Model = a.Model, ModelVersion = a.ModelVersion, Namespace = a.Namespace, Image = a.Image, RuntimeVersion = a.RuntimeVersion,
            Cloud = a.Cloud, ModelStoreUri = a.ModelStoreUri, Autoscaling = a.Autoscaling, ScalingDependencies = dependencies,
        };
    }

    private static async Task<HashSet<string>> NamesAsync(Output<ImmutableArray<Resource>> resources) =>
        [.. (await resources.GetAsync()).Select(r => r.GetResourceName())];

    [Fact]
    public async Task EveryAddonIsAPinnedReleaseOfItsChartInItsNamespaceThroughTheProviderParentedToTheComponent()
    {
        var (mocks, parents, _) = await DeployAsync((p, o) => Addons(p, Everything, o));

        var releases = mocks.OfType(ReleaseType).ToDictionary(r => r.Name!);
        Assert.Equal(
            ["addons-cert-manager", "addons-gateway-api-crds", "addons-istio-base", "addons-istiod", "addons-keda", "addons-kube-prometheus-stack", "addons-prometheus-adapter"],
            releases.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, release) in releases)
        {
            Assert.Equal("addons", parents[name]);
            Assert.Contains("pulumi:providers:kubernetes::k8s", release.Provider, StringComparison.Ordinal);
            Assert.Equal(true, release.Inputs["createNamespace"]);
        }

        var keda = releases["addons-keda"].Inputs;
        Assert.Equal("keda", keda.Str("chart"));
        Assert.Equal(ClusterAddonsSettings.DefaultKedaVersion, keda.Str("version"));
        Assert.Equal("keda", keda.Str("namespace"));
        Assert.Equal("https://kedacore.github.io/charts", keda.Obj("repositoryOpts").Str("repo"));

        var certManager = releases["addons-cert-manager"].Inputs;
        Assert.Equal("https://charts.jetstack.io", certManager.Obj("repositoryOpts").Str("repo"));
        Assert.Equal("v1.19.1", certManager.Str("version"));
        Assert.Equal(true, certManager.Obj("values").Obj("crds")["enabled"]);

        var istiod = releases["addons-istiod"].Inputs;
        Assert.Equal("istiod", istiod.Str("chart"));
        Assert.Equal("https://istio-release.storage.googleapis.com/charts", istiod.Obj("repositoryOpts").Str("repo"));
        Assert.Equal("istio-system", istiod.Str("namespace"));
        Assert.Equal(releases["addons-istio-base"].Inputs.Str("version"), istiod.Str("version"));

        var crds = releases["addons-gateway-api-crds"].Inputs;
        Assert.Equal("oci://docker.io/envoyproxy/gateway-crds-helm", crds.Str("chart"));
        Assert.False(crds.ContainsKey("repositoryOpts"));
        Assert.Equal("standard", crds.Obj("values").Obj("crds").Obj("gatewayAPI").Str("channel"));

        var adapter = releases["addons-prometheus-adapter"].Inputs;
        Assert.Equal("monitoring", adapter.Str("namespace"));
        Assert.Equal(Autoscaling.QueueDepthMetric, Assert.Single(adapter.Obj("values").Obj("rules").Objs("custom")).Obj("name").Str("as"));
        Assert.Equal("monitoring", releases["addons-kube-prometheus-stack"].Inputs.Str("namespace"));
    }

    [Fact]
    public async Task EnvoyIsOneOciReleaseAndAGatewayClassOfTheConfiguredNameThatWaitsForIt()
    {
        var (mocks, parents, dependsOn) = await DeployAsync((p, o) => Addons(p, ClusterAddonSelection.None with { Gateway = GatewayImplementation.Envoy }, o, "envoy"));

        var release = Assert.Single(mocks.OfType(ReleaseType));
        Assert.Equal("oci://docker.io/envoyproxy/gateway-helm", release.Inputs.Str("chart"));
        Assert.Equal("v1.8.2", release.Inputs.Str("version"));
        Assert.Equal("envoy-gateway-system", release.Inputs.Str("namespace"));
        var gatewayClass = Assert.Single(mocks.OfType("kubernetes:gateway.networking.k8s.io/v1:GatewayClass"));
        Assert.Equal("envoy", gatewayClass.Inputs.Obj("metadata").Str("name"));
        Assert.False(gatewayClass.Inputs.Obj("metadata").ContainsKey("namespace"));
        Assert.Equal(ClusterAddonValues.EnvoyControllerName, gatewayClass.Inputs.Obj("spec").Str("controllerName"));
        Assert.Equal("addons", parents[gatewayClass.Name!]);
        Assert.Contains(release.Name!, await NamesAsync(dependsOn[gatewayClass.Name!]));
    }

    [Fact]
    public async Task GrafanaGetsAGeneratedAdminPasswordFromASecretTheReleaseWaitsFor()
    {
        var (mocks, _, dependsOn) = await DeployAsync((p, o) => Addons(p, ClusterAddonSelection.None with { Prometheus = true }, o));

        var release = Assert.Single(mocks.OfType(ReleaseType));
        var secret = Assert.Single(mocks.OfType("kubernetes:core/v1:Secret"));
        var admin = release.Inputs.Obj("values").Obj("grafana").Obj("admin");
        Assert.Equal((ClusterAddonValues.GrafanaAdminSecret, "monitoring"), (secret.Inputs.Obj("metadata").Str("name"), secret.Inputs.Obj("metadata").Str("namespace")));
        Assert.Equal(ClusterAddonValues.GrafanaAdminSecret, admin.Str("existingSecret"));
        Assert.Equal(ClusterAddonValues.GrafanaAdminPasswordKey, admin.Str("passwordKey"));
        Assert.Contains(secret.Name!, await NamesAsync(dependsOn[release.Name!]));
        Assert.Single(mocks.OfType("random:index/randomPassword:RandomPassword"));
        Assert.Single(mocks.OfType("kubernetes:core/v1:Namespace"), n => n.Inputs.Obj("metadata").Str("name") == "monitoring");
    }

    [Fact]
    public async Task AClassThePlatformDoesNotKnowInstallsNothing()
    {
        var (mocks, _, _) = await DeployAsync((p, o) => Addons(p, ClusterAddonSelection.None, o, "nginx"));

        Assert.Empty(mocks.OfType(ReleaseType));
        Assert.Empty(mocks.OfType("kubernetes:gateway.networking.k8s.io/v1:GatewayClass"));
    }

    [Fact]
    public async Task IstiodWaitsForItsBaseAndTheGatewayApiCrdsAndTheAdapterForPrometheus()
    {
        var (_, _, dependsOn) = await DeployAsync((p, o) => Addons(p, Everything, o));

        Assert.Superset(new HashSet<string> { "addons-istio-base", "addons-gateway-api-crds" }, await NamesAsync(dependsOn["addons-istiod"]));
        Assert.Contains("addons-istiod", await NamesAsync(dependsOn["addons-cert-manager"]));
        Assert.Contains("addons-kube-prometheus-stack", await NamesAsync(dependsOn["addons-prometheus-adapter"]));
    }

    [Fact]
    public async Task GatewayAndRoutesDependOnTheGatewayReleasesAndScalersOnTheirs()
    {
        var (_, _, dependsOn) = await DeployAsync((p, o) =>
        {
            var addons = Addons(p, Everything);
            var ingress = K8sTest.IngressArgs(K8sTest.Traffic());
            var withProvider = o();
            withProvider.Providers.Add(p);
            _ = new ModelIngress("ingress", new ModelIngressArgs
            {
                Domain = ingress.Domain, TlsSecretName = ingress.TlsSecretName, GatewayClassName = ingress.GatewayClassName, ClusterIssuer = ingress.ClusterIssuer,
                Models = ingress.Models, GatewayDependencies = addons.GatewayDependencies,
            }, withProvider);
            _ = new InferenceService("keda", Scaled(keda: true, addons.KedaDependencies), o());
            _ = new InferenceService("hpa", Scaled(keda: false, addons.HpaDependencies), o());
        });

        foreach (var crdObject in new[] { "ingress-gateway", "ingress-https-redirect", "ingress-route-ocr-cls" })
        {
            Assert.Superset(new HashSet<string> { "addons-gateway-api-crds", "addons-istiod", "addons-cert-manager" }, await NamesAsync(dependsOn[crdObject]));
        }

        Assert.Superset(new HashSet<string> { "addons-keda", "addons-kube-prometheus-stack", "keda-deployment" }, await NamesAsync(dependsOn["keda-scaledobject"]));
        Assert.Superset(new HashSet<string> { "addons-prometheus-adapter", "addons-kube-prometheus-stack", "hpa-deployment" }, await NamesAsync(dependsOn["hpa-hpa"]));
    }

    [Fact]
    public async Task OutputsTheReleasesAndThePrometheusAddressOrTheExternalOne()
    {
        ClusterAddons? installed = null;
        ClusterAddons? external = null;
        await DeployAsync((p, o) =>
        {
            installed = Addons(p, Everything, o);
            external = new ClusterAddons("byo", new ClusterAddonsArgs
            {
                Provider = p, GatewayClassName = "istio", ExternalPrometheusAddress = "http://prometheus.obs.svc:9090",
                Selection = ClusterAddonSelection.None with { Keda = true },
            });
        });

        Assert.Contains("keda", await installed!.Releases.GetAsync());
        Assert.Equal("http://prometheus-operated.monitoring.svc:9090", await installed.PrometheusAddress.GetAsync());
        Assert.Equal("http://prometheus.obs.svc:9090", external!.PrometheusEndpoint);
        Assert.Equal("keda", Assert.Single(await external.Releases.GetAsync()));
    }

    [Fact]
    public void ABadVersionFailsBeforeAnyReleaseNamingTheKey()
    {
        var error = Assert.ThrowsAny<Exception>(() => DeployAsync((p, o) => Addons(p, Everything, o, settings: ClusterAddonsSettings.Default with { KedaVersion = "latest" })).GetAwaiter().GetResult());

        Assert.Contains("addons.keda.version", error.ToString(), StringComparison.Ordinal);
    }
}
