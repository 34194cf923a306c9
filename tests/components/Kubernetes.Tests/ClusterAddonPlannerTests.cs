namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class ClusterAddonPlannerTests
{
    private static readonly AutoscalingSettings Hpa = new(2, 8);

    private static readonly AutoscalingSettings ScaleToZero = new(0, 2, UseKeda: true);

    [Theory]
    [InlineData("istio", GatewayImplementation.Istio)]
    [InlineData("envoy", GatewayImplementation.Envoy)]
    [InlineData("eg", GatewayImplementation.Envoy)]
    [InlineData("nginx", GatewayImplementation.None)]
    [InlineData("gke-l7-global-external-managed", GatewayImplementation.None)]
    public void TheGatewayImplementationFollowsTheClassName(string className, GatewayImplementation expected)
    {
        Assert.Equal(expected, ClusterAddonPlanner.ImplementationFor(className));
        Assert.Equal(expected, ClusterAddonPlanner.Select(className, string.Empty, []).Gateway);
    }

    [Fact]
    public void ScaleToZeroNeedsKedaAndPrometheusButNoAdapter()
    {
        var selection = ClusterAddonPlanner.Select("istio", string.Empty, [ScaleToZero]);

        Assert.Equal(new ClusterAddonSelection(GatewayImplementation.Istio, false, true, true, false), selection);
    }

    [Fact]
    public void AnHpaOnQueueDepthNeedsPrometheusAndTheAdapterButNoKeda()
    {
        var selection = ClusterAddonPlanner.Select("istio", "letsencrypt", [Hpa]);

        Assert.Equal(new ClusterAddonSelection(GatewayImplementation.Istio, true, false, true, true), selection);
    }

    [Fact]
    public void NoModelsNeedNoScalersAndNoIssuerNeedsNoCertManager()
    {
        var selection = ClusterAddonPlanner.Select("envoy", " ", []);

        Assert.Equal(new ClusterAddonSelection(GatewayImplementation.Envoy, false, false, false, false), selection);
    }

    [Fact]
    public void ForcedChoicesWinOverWhatTheStackNeeds()
    {
        var overrides = new ClusterAddonOverrides(Gateway: false, CertManager: false, Keda: true, Prometheus: false, PrometheusAdapter: false);

        var selection = ClusterAddonPlanner.Select("istio", "letsencrypt", [Hpa], overrides);

        Assert.Equal(new ClusterAddonSelection(GatewayImplementation.None, false, true, false, false), selection);
    }

    [Fact]
    public void ForcingAGatewayThePlatformCannotInstallFailsNamingTheKey()
    {
        var error = Assert.Throws<InvalidSpecException>(() => ClusterAddonPlanner.Select("nginx", string.Empty, [], new ClusterAddonOverrides(Gateway: true)));

        Assert.Equal("addons.gateway.enabled", Assert.Single(error.Errors).Path);
    }
}
