using MlPlatform.Testing;
using Pulumi.Testing;

namespace MlPlatform.Infra.Tests;

public sealed class AzurePrivateNetworkTests
{
    private const string EndpointType = "azure-native:network:PrivateEndpoint";

    private const string ZoneGroupType = "azure-native:network:PrivateDnsZoneGroup";

    private const string ZoneType = "azure-native:privatedns:PrivateZone";

    private const string LinkType = "azure-native:privatedns:VirtualNetworkLink";

    private const string RegistryType = "azure-native:containerregistry:Registry";

    private const string AccountType = "azure-native:storage:StorageAccount";

    private static IReadOnlyDictionary<string, object> Connection(MockResourceArgs endpoint) =>
        (IReadOnlyDictionary<string, object>)((System.Collections.Immutable.ImmutableArray<object>)endpoint.Inputs["privateLinkServiceConnections"])[0];

    private static string GroupId(MockResourceArgs endpoint) =>
        (string)((System.Collections.Immutable.ImmutableArray<object>)Connection(endpoint)["groupIds"])[0];

    [Fact]
    public async Task ProductionReachesRegistryAndBothStorageAccountsOnlyThroughPrivateEndpoints()
    {
        var (_, mocks) = await PlatformRun.RunAsync("prod-azure");

        var endpoints = mocks.OfType(EndpointType);
        Assert.Equal(
            [("datasets-pe-endpoint", "blob"), ("models-pe-endpoint", "blob"), ("registry-pe-endpoint", "registry")],
            endpoints.Select(e => (e.Name!, GroupId(e))).Order().ToArray());
        Assert.Equal(
            ["datasets-account_id", "models-account_id", "registry-acr_id"],
            endpoints.Select(e => (string)Connection(e)["privateLinkServiceId"]).Order(StringComparer.Ordinal).ToArray());
        Assert.All(endpoints, e => Assert.Equal("cluster-endpoints_id", ((IReadOnlyDictionary<string, object>)e.Inputs["subnet"])["id"]));
        Assert.Equal(3, mocks.OfType(ZoneGroupType).Count);
        // The Private Link zones, and the scheduler database's own zone (Flexible Server private access), all on the VNet.
        var zones = mocks.OfType(ZoneType).Select(z => (string)z.Inputs["privateZoneName"]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["privatelink.azurecr.io", "privatelink.blob.core.windows.net"], zones.Where(z => z.StartsWith("privatelink.", StringComparison.Ordinal)));
        Assert.Single(zones, z => z.EndsWith(".private.postgres.database.azure.com", StringComparison.Ordinal));
        Assert.Equal(3, zones.Length);
        Assert.All(mocks.OfType(LinkType), l => Assert.Equal("cluster-vnet_id", ((IReadOnlyDictionary<string, object>)l.Inputs["virtualNetwork"])["id"]));
        Assert.Equal(3, mocks.OfType(LinkType).Count);
        var publicAccess = mocks.OfType(RegistryType).Concat(mocks.OfType(AccountType)).Select(r => r.Inputs.GetValueOrDefault("publicNetworkAccess")).ToList();
        Assert.Equal(3, publicAccess.Count);
        Assert.All(publicAccess, a => Assert.Equal("Disabled", a));
    }

    [Fact]
    public async Task DevStaysPublicWithoutEndpointsOrZones()
    {
        var (_, mocks) = await PlatformRun.RunAsync("dev-azure");

        Assert.Empty(mocks.OfType(EndpointType));
        Assert.Empty(mocks.OfType(ZoneGroupType));
        Assert.Empty(mocks.OfType(ZoneType));
        Assert.Empty(mocks.OfType(LinkType));
        Assert.Equal("Enabled", Assert.Single(mocks.OfType(RegistryType)).Inputs["publicNetworkAccess"]);
        Assert.All(mocks.OfType(AccountType), a => Assert.NotEqual("Disabled", a.Inputs.GetValueOrDefault("publicNetworkAccess")));
    }

    [Fact]
    public async Task ProductionWithPublicStorageFailsTheNoPublicNetworkAccessRule()
    {
        var overrides = new Dictionary<string, string> { ["network"] = """{"privateEndpoints":false}""" };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => PlatformRun.RunAsync("prod-azure", overrides));

        Assert.Contains("security-no-public-network-access", error.ToString(), StringComparison.Ordinal);
    }
}
