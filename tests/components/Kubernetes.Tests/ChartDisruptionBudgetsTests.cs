using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class ChartDisruptionBudgetsTests
{
    private static readonly ImmutableDictionary<string, object> NoValues = ImmutableDictionary<string, object>.Empty;

    public static TheoryData<string> PlatformReleases => [.. PlatformValues().Keys];

    [Fact]
    public void IstiodWithTheChartsDefaultsBlocksEveryDrainOfItsNode()
    {
        var budget = Assert.Single(ChartDisruptionBudgets.Of(AddonCharts.Istiod.Chart, NoValues));

        Assert.Equal(1, budget.MinReplicas);
        Assert.Equal(1, budget.MinAvailable);
        Assert.True(budget.BlocksDrain);
    }

    [Fact]
    public void IstiodWithThePlatformsValuesKeepsTwoReplicasAndLetsOneGo()
    {
        var budget = Assert.Single(ChartDisruptionBudgets.Of(AddonCharts.Istiod.Chart, ClusterAddonValues.Istiod()));

        Assert.Equal(ClusterAddonValues.IstiodMinReplicas, budget.MinReplicas);
        Assert.Equal(1, budget.MaxUnavailable);
        Assert.Null(budget.MinAvailable);
        Assert.Equal(1, budget.AllowedDisruptions);
        Assert.False(budget.BlocksDrain);
    }

    [Theory]
    [MemberData(nameof(PlatformReleases))]
    public void NoChartThePlatformInstallsBlocksADrainWithThePlatformsValues(string release)
    {
        var (chart, values) = PlatformValues()[release];

        var blocking = ChartDisruptionBudgets.Of(chart, values).Where(b => b.BlocksDrain).ToList();

        Assert.True(blocking.Count == 0, string.Join('\n', blocking));
    }

    [Fact]
    public void EveryChartTheAddonsComponentCanInstallIsModelled()
    {
        string[] charts = [AddonCharts.EnvoyGateway.Chart, AddonCharts.GatewayApiCrds.Chart, AddonCharts.IstioBase.Chart, AddonCharts.Istiod.Chart,
            AddonCharts.CertManager.Chart, AddonCharts.Keda.Chart, AddonCharts.KubePrometheusStack.Chart, AddonCharts.PrometheusAdapter.Chart];

        Assert.All(charts, chart => Assert.True(ChartDisruptionBudgets.Knows(chart), chart));
    }

    [Fact]
    public void AnUnknownChartIsAnErrorNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ChartDisruptionBudgets.Of("oci://example.com/charts/new-addon", NoValues));

        Assert.Contains("oci://example.com/charts/new-addon", error.Message, StringComparison.Ordinal);
        Assert.False(ChartDisruptionBudgets.Knows("oci://example.com/charts/new-addon"));
    }

    [Fact]
    public void EnablingCertManagersBudgetOverItsSingleReplicaWouldBlockDrains()
    {
        var values = NoValues.Add("podDisruptionBudget", NoValues.Add("enabled", true));

        var budget = Assert.Single(ChartDisruptionBudgets.Of(AddonCharts.CertManager.Chart, values));

        Assert.Equal("cert-manager", budget.Workload);
        Assert.True(budget.BlocksDrain);
    }

    [Fact]
    public void KedaCreatesABudgetOnlyForTheComponentsGivenOne()
    {
        var values = NoValues.Add("podDisruptionBudget", NoValues.Add("operator", NoValues.Add("maxUnavailable", 1)));

        var budget = Assert.Single(ChartDisruptionBudgets.Of(AddonCharts.Keda.Chart, values));

        Assert.Equal("keda-operator", budget.Workload);
        Assert.False(budget.BlocksDrain);
        Assert.Empty(ChartDisruptionBudgets.Of(AddonCharts.Keda.Chart, NoValues));
    }

    [Fact]
    public void EnvoyGatewayCreatesNoBudgetUnlessOneIsAskedFor()
    {
        Assert.Empty(ChartDisruptionBudgets.Of(AddonCharts.EnvoyGateway.Chart, NoValues));

        var asked = NoValues.Add("podDisruptionBudget", NoValues.Add("minAvailable", 1));
        Assert.True(Assert.Single(ChartDisruptionBudgets.Of(AddonCharts.EnvoyGateway.Chart, asked)).BlocksDrain);
    }

    [Fact]
    public void KarpentersBudgetLetsOneOfItsReplicasGo()
    {
        var one = NoValues.Add("replicas", 1);

        var budget = Assert.Single(ChartDisruptionBudgets.Of(ChartDisruptionBudgets.KarpenterChart, one));

        Assert.Equal(1, budget.MaxUnavailable);
        Assert.False(budget.BlocksDrain);
    }

    [Fact]
    public void APercentageIsNotGuessedAt()
    {
        var values = NoValues.Add("pdb", NoValues.Add("maxUnavailable", "25%"));

        var error = Assert.Throws<ArgumentException>(() => ChartDisruptionBudgets.Of(AddonCharts.Istiod.Chart, values));

        Assert.Contains("pdb.maxUnavailable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 1, null, 2)]
    [InlineData(1, 1, null, 0)]
    [InlineData(1, null, 1, 1)]
    [InlineData(2, null, 0, 0)]
    public void AllowedDisruptionsFollowTheDisruptionController(int replicas, int? minAvailable, int? maxUnavailable, int allowed)
    {
        Assert.Equal(allowed, new ChartDisruptionBudget("c", "w", replicas, minAvailable, maxUnavailable).AllowedDisruptions);
    }

    private static Dictionary<string, (string Chart, ImmutableDictionary<string, object> Values)> PlatformValues() => new(StringComparer.Ordinal)
    {
        ["envoy-gateway"] = (AddonCharts.EnvoyGateway.Chart, ClusterAddonValues.EnvoyGateway()),
        ["gateway-api-crds"] = (AddonCharts.GatewayApiCrds.Chart, ClusterAddonValues.GatewayApiCrds()),
        ["istio-base"] = (AddonCharts.IstioBase.Chart, ClusterAddonValues.IstioBase()),
        ["istiod"] = (AddonCharts.Istiod.Chart, ClusterAddonValues.Istiod()),
        ["cert-manager"] = (AddonCharts.CertManager.Chart, ClusterAddonValues.CertManager()),
        ["keda"] = (AddonCharts.Keda.Chart, ClusterAddonValues.Keda()),
        ["kube-prometheus-stack"] = (AddonCharts.KubePrometheusStack.Chart, ClusterAddonValues.KubePrometheusStack()),
        ["prometheus-adapter"] = (AddonCharts.PrometheusAdapter.Chart, ClusterAddonValues.PrometheusAdapter()),
    };
}
