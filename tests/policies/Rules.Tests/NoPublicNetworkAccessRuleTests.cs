using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public sealed class NoPublicNetworkAccessRuleTests
{
    private static readonly PolicyResource PrivateAccount = Resource(ResourceTypes.StorageAccount, "models", Map(("publicNetworkAccess", "Disabled")));

    private static readonly PolicyResource PrivateRegistry = Resource(ResourceTypes.ContainerRegistry, "acr", Map(("publicNetworkAccess", "Disabled")));

    private static readonly PolicyResource PublicRegistry = Resource(ResourceTypes.ContainerRegistry, "acr-public", Map(("publicNetworkAccess", "Enabled")));

    private static readonly PolicyResource DefaultAccount = Resource(ResourceTypes.StorageAccount, "datasets", Map(("allowBlobPublicAccess", false)));

    private static PolicyContext Production => Context(environment: "prod-azure", cloud: Cloud.Azure, region: "eastus");

    [Fact]
    public void ProductionRejectsPublicOrDefaultNetworkAccessOnStorageAndRegistries()
    {
        var result = Evaluate(new NoPublicNetworkAccessRule(), Production, PrivateAccount, PrivateRegistry, PublicRegistry, DefaultAccount);

        Assert.Equal(
            [(PublicRegistry.Urn, "publicNetworkAccess Enabled"), (DefaultAccount.Urn, "publicNetworkAccess Enabled (default)")],
            result.Violations.Select(v => (v.Urn, v.Measured)).Order().ToArray());
        Assert.All(result.Violations, v => Assert.Equal(EnforcementLevel.Mandatory, v.Enforcement));
    }

    [Fact]
    public void PrivateEndpointsOnlyStackPassesInProduction()
    {
        Assert.Empty(Evaluate(new NoPublicNetworkAccessRule(), Production, PrivateAccount, PrivateRegistry).Violations);
    }

    [Fact]
    public void UnknownAccessInAPreviewIsNotGuessed()
    {
        var unknown = Resource(ResourceTypes.StorageAccount, "pending", Map(("publicNetworkAccess", UnknownValue.Instance)));

        Assert.Empty(Evaluate(new NoPublicNetworkAccessRule(), Production, unknown).Violations);
    }

    [Fact]
    public void DevStacksMayStayPublic()
    {
        var dev = Evaluate(new NoPublicNetworkAccessRule(), Context(environment: "dev-azure", cloud: Cloud.Azure, region: "eastus"), PublicRegistry, DefaultAccount);

        Assert.Empty(dev.Violations);
        Assert.DoesNotContain(RuleIds.NoPublicNetworkAccess, dev.RulesEvaluated);
    }

    [Fact]
    public void PrivateEndpointsAndZonesArePricedAsNetwork()
    {
        var unpriced = new List<string>();
        var endpoint = ResourceCostEstimator.Estimate(Resource(ResourceTypes.AzurePrivateEndpoint, "registry-pe", Map()), Production, unpriced);
        var zone = ResourceCostEstimator.Estimate(Resource(ResourceTypes.AzurePrivateDnsZone, "blob", Map()), Production, unpriced);

        Assert.Empty(unpriced);
        Assert.Equal(CostCategory.Network, endpoint!.Category);
        Assert.Equal(7.3m, Math.Round(endpoint.Range.MaxUsdPerMonth, 2));
        Assert.Equal(0.5m, Math.Round(zone!.Range.MaxUsdPerMonth, 2));
    }
}
