using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Config.Tests;

public sealed class AddonsConfigTests
{
    private static Dictionary<string, string> Stack(string name, string? addons = null, string? gatewayClass = null)
    {
        var values = new Dictionary<string, string>(StackFile.Load(RepositoryFiles.Root, name).Namespace("mlplatform"));
        if (addons is not null)
        {
            values["addons"] = addons;
        }

        if (gatewayClass is not null)
        {
            var ingress = JsonNode.Parse(values["ingress"])!.AsObject();
            ingress["gatewayClassName"] = gatewayClass;
            values["ingress"] = ingress.ToJsonString();
        }

        return values;
    }

    private static PlatformConfig Read(IReadOnlyDictionary<string, string> values, string stack = "dev") =>
        StackConfigReader.Read(values, stack, RepositoryFiles.Prices);

    private static IReadOnlyList<string> Errors(IReadOnlyDictionary<string, string> values) =>
        Assert.Throws<StackConfigException>(() => Read(values)).Errors;

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public void CommittedStacksLeaveEveryAddonToWhatTheStackNeeds(string stack)
    {
        Assert.Equal(AddonsSpec.Auto, Read(Stack(stack), stack).Addons);
    }

    [Fact]
    public void EachAddonMayBeForcedAndPinned()
    {
        var config = Read(Stack("dev", """
            {"gateway":{"enabled":true,"version":"1.26.4","crdsVersion":"v1.7.0"},
             "certManager":{"enabled":false},
             "keda":{"version":"2.20.0"},
             "prometheus":{"enabled":false,"address":"http://prometheus.observability.svc:9090"},
             "prometheusAdapter":{"enabled":true,"version":"5.2.0"}}
            """));

        Assert.Equal(new AddonSpec(true, "1.26.4"), config.Addons.Gateway);
        Assert.Equal("v1.7.0", config.Addons.GatewayCrdsVersion);
        Assert.Equal(new AddonSpec(false, null), config.Addons.CertManager);
        Assert.Equal(new AddonSpec(null, "2.20.0"), config.Addons.Keda);
        Assert.Equal(new AddonSpec(false, null), config.Addons.Prometheus);
        Assert.Equal("http://prometheus.observability.svc:9090", config.Addons.PrometheusAddress);
        Assert.Equal(new AddonSpec(true, "5.2.0"), config.Addons.PrometheusAdapter);
    }

    [Theory]
    [InlineData("""{"kedda":{"enabled":true}}""", "mlplatform:addons.kedda")]
    [InlineData("""{"keda":{"enable":true}}""", "mlplatform:addons.keda.enable")]
    [InlineData("""{"gateway":{"versoin":"1.27.1"}}""", "mlplatform:addons.gateway.versoin")]
    public void ATypoInAnAddonKeyIsRejectedWithItsFullPath(string addons, string path)
    {
        Assert.Contains(Errors(Stack("dev", addons)), e => e.StartsWith(path + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"keda":{"version":"latest"}}""", "mlplatform:addons.keda.version")]
    [InlineData("""{"keda":{"version":"^2.21"}}""", "mlplatform:addons.keda.version")]
    [InlineData("""{"certManager":{"version":"1.19.1"}}""", "mlplatform:addons.certManager.version")]
    [InlineData("""{"gateway":{"version":"v1.27.1"}}""", "mlplatform:addons.gateway.version")]
    [InlineData("""{"prometheusAdapter":{"version":"5.1"}}""", "mlplatform:addons.prometheusAdapter.version")]
    public void AVersionThatIsNotAnExactReleaseOfItsChartIsRejected(string addons, string path)
    {
        var error = Assert.Single(Errors(Stack("dev", addons)));

        Assert.StartsWith(path + " must be an exact chart version", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGatewayVersionFollowsTheChartOfTheConfiguredClass()
    {
        Assert.Equal("v1.8.2", Read(Stack("dev", """{"gateway":{"version":"v1.8.2"}}""", gatewayClass: "envoy")).Addons.Gateway.Version);
        Assert.Contains(Errors(Stack("dev", """{"gateway":{"version":"1.8.2"}}""", gatewayClass: "envoy")), e => e.StartsWith("mlplatform:addons.gateway.version ", StringComparison.Ordinal));
    }

    [Fact]
    public void ForcingTheGatewayOfAClassThePlatformCannotInstallIsRejected()
    {
        var error = Assert.Single(Errors(Stack("dev", """{"gateway":{"enabled":true}}""", gatewayClass: "nginx")));

        Assert.StartsWith("mlplatform:addons.gateway.enabled ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void APrometheusAddressNeedsPrometheusDisabledAndAUrl()
    {
        var errors = Errors(Stack("dev", """{"prometheus":{"address":"http://p:9090"}}"""));
        Assert.StartsWith("mlplatform:addons.prometheus.address applies only", Assert.Single(errors), StringComparison.Ordinal);

        errors = Errors(Stack("dev", """{"prometheus":{"enabled":false,"address":"prometheus:9090"}}"""));
        Assert.StartsWith("mlplatform:addons.prometheus.address must be an http(s) URL", Assert.Single(errors), StringComparison.Ordinal);
    }
}
