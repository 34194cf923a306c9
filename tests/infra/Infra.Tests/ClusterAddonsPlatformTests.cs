using System.Text.Json.Nodes;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Testing;

namespace MlPlatform.Infra.Tests;

public sealed class ClusterAddonsPlatformTests
{
    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";

    private static List<string> AddonReleases(EchoMocks mocks) =>
        [.. mocks.OfType(ReleaseType).Select(r => r.Name!).Where(n => n.StartsWith("addons-", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public async Task ADevStackThatScalesToZeroGetsIstioCertManagerKedaAndPrometheusButNoAdapter(string stack)
    {
        var (_, mocks) = await PlatformRun.RunAsync(stack);

        Assert.Equal(
            ["addons-cert-manager", "addons-gateway-api-crds", "addons-istio-base", "addons-istiod", "addons-keda", "addons-kube-prometheus-stack"],
            AddonReleases(mocks));
        Assert.Empty(mocks.OfType("kubernetes:autoscaling/v2:HorizontalPodAutoscaler"));
        var trigger = mocks.OfType("kubernetes:keda.sh/v1alpha1:ScaledObject").Select(s => (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(s.Inputs))!).First();
        Assert.Equal(ClusterAddonValues.PrometheusAddress(), (string?)trigger["spec"]!["triggers"]![0]!["metadata"]!["serverAddress"]);
    }

    [Fact]
    public async Task ProdScalesWithHpasSoItGetsTheAdapterAndNoKeda()
    {
        var (_, mocks) = await PlatformRun.RunAsync("prod");

        Assert.Equal(
            ["addons-cert-manager", "addons-gateway-api-crds", "addons-istio-base", "addons-istiod", "addons-kube-prometheus-stack", "addons-prometheus-adapter"],
            AddonReleases(mocks));
        Assert.Empty(mocks.OfType("kubernetes:keda.sh/v1alpha1:ScaledObject"));
    }

    [Fact]
    public async Task StackConfigForcesAndPinsAddons()
    {
        var (_, mocks) = await PlatformRun.RunAsync("dev", new Dictionary<string, string>
        {
            ["addons"] = """{"certManager":{"enabled":false},"keda":{"version":"2.20.0"},"prometheusAdapter":{"enabled":true}}""",
        });

        var releases = AddonReleases(mocks);
        Assert.DoesNotContain("addons-cert-manager", releases);
        Assert.Contains("addons-prometheus-adapter", releases);
        Assert.Equal("2.20.0", mocks.Named(ReleaseType, "addons-keda").Inputs["version"]);
    }

    [Fact]
    public async Task AnEnvoyClassInstallsEnvoyGatewayAndItsGatewayClassInsteadOfIstio()
    {
        var ingress = JsonNode.Parse(Stacks.Config.StackFile.Load(PlatformRun.Root, "dev").Values["mlplatform:ingress"])!.AsObject();
        ingress["gatewayClassName"] = "envoy";
        var (_, mocks) = await PlatformRun.RunAsync("dev", new Dictionary<string, string> { ["ingress"] = ingress.ToJsonString() });

        var releases = AddonReleases(mocks);
        Assert.Contains("addons-envoy-gateway", releases);
        Assert.DoesNotContain("addons-istiod", releases);
        Assert.Single(mocks.OfType("kubernetes:gateway.networking.k8s.io/v1:GatewayClass"));
    }

    [Fact]
    public async Task AnotherClassInstallsNoGatewayButTheRestStill()
    {
        var ingress = JsonNode.Parse(Stacks.Config.StackFile.Load(PlatformRun.Root, "dev").Values["mlplatform:ingress"])!.AsObject();
        ingress["gatewayClassName"] = "gke-l7-global-external-managed";
        var (_, mocks) = await PlatformRun.RunAsync("dev", new Dictionary<string, string> { ["ingress"] = ingress.ToJsonString() });

        Assert.Equal(["addons-cert-manager", "addons-keda", "addons-kube-prometheus-stack"], AddonReleases(mocks));
        var spec = (IReadOnlyDictionary<string, object>)Assert.Single(mocks.OfType("kubernetes:gateway.networking.k8s.io/v1:Gateway")).Inputs["spec"];
        Assert.Equal("gke-l7-global-external-managed", spec["gatewayClassName"]);
    }
}
