using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;

namespace MlPlatform.Components.Azure.Tests;

public sealed class PrivateEndpointTests
{
    private const string EndpointType = "azure-native:network:PrivateEndpoint";

    private const string ZoneGroupType = "azure-native:network:PrivateDnsZoneGroup";

    private const string ZoneType = "azure-native:privatedns:PrivateZone";

    private const string LinkType = "azure-native:privatedns:VirtualNetworkLink";

    private const string RegistryType = "azure-native:containerregistry:Registry";

    private const string AccountType = "azure-native:storage:StorageAccount";

    private static PrivateAccess Access(params string[] groupIds) => new(
        "endpoints-subnet-id",
        groupIds.ToImmutableDictionary(g => g, g => Output.Create($"{g}-zone-id"), StringComparer.Ordinal));

    private static ContainerRegistryArgs Registry(bool premium, PrivateAccess? access) => new()
    {
        Prefix = "mlp-prod",
        NameSeed = "eastus",
        ResourceGroupName = "rg",
        Location = AzureTestEnvironment.Region,
        Tags = AzureTestEnvironment.Tags,
        KubeletObjectId = "kubelet-object-id",
        Premium = premium,
        PrivateAccess = access,
    };

    private static ModelStoreArgs ModelStore(PrivateAccess? access) => new()
    {
        Prefix = "mlp-prod",
        NameSeed = "eastus/mlp-prod",
        ResourceGroupName = "rg",
        Location = AzureTestEnvironment.Region,
        Tags = AzureTestEnvironment.Tags,
        OidcIssuer = "https://issuer.example/",
        ReaderServiceAccounts = [new("mlplatform-system", "inference")],
        WriterServiceAccounts = [new("vision", "trainer")],
        PrivateAccess = access,
    };

    private static DatasetCacheArgs DatasetCache(PrivateAccess? access) => new()
    {
        Prefix = "mlp-prod",
        NameSeed = "eastus/mlp-prod",
        ResourceGroupName = "rg",
        Location = AzureTestEnvironment.Region,
        Tags = AzureTestEnvironment.Tags,
        OidcIssuer = "https://issuer.example/",
        PrivateAccess = access,
    };

    private static async Task<EchoMocks> DeployAsync(Action create)
    {
        var mocks = AzureTestEnvironment.Mocks();
        await AzureTestEnvironment.DeployAsync(mocks, create);
        return mocks;
    }

    [Theory]
    [InlineData(PrivateLinkGroups.Registry, "privatelink.azurecr.io")]
    [InlineData(PrivateLinkGroups.Blob, "privatelink.blob.core.windows.net")]
    public void EachGroupResolvesThroughItsPrivatelinkZone(string groupId, string zone)
    {
        Assert.Equal(zone, PrivateLinkGroups.ZoneName(groupId));
    }

    [Fact]
    public void UnknownGroupIdIsRejectedWithItsName()
    {
        var error = Assert.Throws<ArgumentException>(() => PrivateLinkGroups.ZoneName("blobs"));

        Assert.Contains("'blobs'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivatePlanCoversRegistryAndBothStorageAccountsWithOneZonePerGroup()
    {
        var plan = PrivateEndpointPlan.For(privateEndpoints: true, datasetCache: true);

        Assert.Equal(
            [("registry", "registry"), ("models", "blob"), ("datasets", "blob")],
            plan.Targets.Select(t => (t.Resource, t.GroupId)).ToArray());
        Assert.Equal(["blob", "registry"], plan.GroupIds.ToArray());
        Assert.Equal(["privatelink.blob.core.windows.net", "privatelink.azurecr.io"], plan.ZoneNames.ToArray());
    }

    [Fact]
    public void WithoutTheDatasetCacheOnlyRegistryAndModelStoreGetEndpoints()
    {
        var plan = PrivateEndpointPlan.For(privateEndpoints: true, datasetCache: false);

        Assert.True(plan.Covers(PrivateEndpointPlan.Registry));
        Assert.True(plan.Covers(PrivateEndpointPlan.ModelStore));
        Assert.False(plan.Covers(PrivateEndpointPlan.DatasetStore));
    }

    [Fact]
    public void PublicPlanHasNoEndpointsAndNoZones()
    {
        var plan = PrivateEndpointPlan.For(privateEndpoints: false, datasetCache: true);

        Assert.False(plan.Enabled);
        Assert.Empty(plan.GroupIds);
        Assert.False(plan.Covers(PrivateEndpointPlan.Registry));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void OnlyPrivateEndpointsOnANonPremiumRegistryIsAProblem(bool privateEndpoints, bool premium, bool problem)
    {
        var error = PrivateEndpointPlan.RegistryTierProblem(privateEndpoints, premium, "network.privateEndpoints", "registry.sku");

        Assert.Equal(problem, error is not null);
        if (error is not null)
        {
            Assert.Equal("network.privateEndpoints", error.Path);
            Assert.Contains("registry.sku", error.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EndpointNamesAreDerivedFromPrefixAndTarget()
    {
        Assert.Equal("mlp-prod-registry-pe", PrivateLinkEndpoint.NameFor("mlp-prod", PrivateEndpointPlan.Registry));
        Assert.Equal("mlp-prod-registry-pe-nic", PrivateLinkEndpoint.NetworkInterfaceName("mlp-prod-registry-pe"));
        Assert.Equal("mlp-prod-blob-link", PrivateDnsZones.LinkName("mlp-prod", PrivateLinkGroups.Blob));
        Assert.Equal("privatelink-blob-core-windows-net", PrivateLinkGroups.ZoneConfigName("privatelink.blob.core.windows.net"));
    }

    [Fact]
    public async Task ZonesAreCreatedOncePerGroupAndLinkedToTheVnetWithoutAutoRegistration()
    {
        PrivateDnsZones? zones = null;
        var mocks = await DeployAsync(() => zones = new PrivateDnsZones("private-dns", new PrivateDnsZonesArgs
        {
            Prefix = "mlp-prod",
            ResourceGroupName = "rg",
            VnetId = "vnet-id",
            Tags = AzureTestEnvironment.Tags,
            GroupIds = [PrivateLinkGroups.Blob, PrivateLinkGroups.Registry, PrivateLinkGroups.Blob],
        }));

        Assert.Equal(
            ["privatelink.azurecr.io", "privatelink.blob.core.windows.net"],
            mocks.OfType(ZoneType).Select(z => (string)z.Inputs["privateZoneName"]).Order(StringComparer.Ordinal).ToArray());
        Assert.All(mocks.OfType(ZoneType), z => Assert.Equal("global", z.Inputs["location"]));
        var links = mocks.OfType(LinkType);
        Assert.Equal(2, links.Count);
        Assert.All(links, l =>
        {
            Assert.Equal("vnet-id", l.Inputs.Object("virtualNetwork")["id"]);
            Assert.Equal(false, l.Inputs["registrationEnabled"]);
        });
        var ids = await zones!.ZoneIds.GetAsync();
        Assert.Equal("private-dns-registry_id", ids["privatelink.azurecr.io"]);
        Assert.Equal("private-dns-blob_id", ids["privatelink.blob.core.windows.net"]);
    }

    [Fact]
    public void ZonesNeedAtLeastOneKnownGroup()
    {
        var errors = PrivateDnsZones.Validate(new PrivateDnsZonesArgs
        {
            Prefix = "mlp-prod",
            ResourceGroupName = "rg",
            VnetId = "vnet-id",
            Tags = AzureTestEnvironment.Tags,
            GroupIds = ["registry", "sql"],
        });

        Assert.Equal(["privateDnsZones.groupIds[1]"], errors.Select(e => e.Path));
    }

    [Fact]
    public async Task PrivateRegistryHasARegistryEndpointInTheSubnetAndNoPublicAccess()
    {
        var mocks = await DeployAsync(() => _ = new ContainerRegistry("acr", Registry(premium: true, Access(PrivateLinkGroups.Registry))));

        var registry = Assert.Single(mocks.OfType(RegistryType)).Inputs;
        Assert.Equal("Disabled", registry["publicNetworkAccess"]);
        Assert.Equal("Deny", registry.Object("networkRuleSet")["defaultAction"]);
        Assert.Equal("enabled", registry.Object("policies").Object("retentionPolicy")["status"]);
        var endpoint = Assert.Single(mocks.OfType(EndpointType));
        Assert.Equal("acr-pe-endpoint", endpoint.Name);
        Assert.Equal("mlp-prod-registry-pe", endpoint.Inputs["privateEndpointName"]);
        Assert.Equal("endpoints-subnet-id", endpoint.Inputs.Object("subnet")["id"]);
        var connection = (IReadOnlyDictionary<string, object>)Assert.Single(endpoint.Inputs.List("privateLinkServiceConnections"));
        Assert.Equal("acr-acr_id", connection["privateLinkServiceId"]);
        Assert.Equal(["registry"], connection.Strings("groupIds").ToArray());
        var zoneGroup = Assert.Single(mocks.OfType(ZoneGroupType)).Inputs;
        Assert.Equal("mlp-prod-registry-pe", zoneGroup["privateEndpointName"]);
        var zoneConfig = (IReadOnlyDictionary<string, object>)Assert.Single(zoneGroup.List("privateDnsZoneConfigs"));
        Assert.Equal("registry-zone-id", zoneConfig["privateDnsZoneId"]);
    }

    [Fact]
    public async Task PublicRegistryHasNoEndpointAndKeepsPublicAccess()
    {
        var mocks = await DeployAsync(() => _ = new ContainerRegistry("acr", Registry(premium: false, access: null)));

        Assert.Empty(mocks.OfType(EndpointType));
        Assert.Empty(mocks.OfType(ZoneGroupType));
        var registry = Assert.Single(mocks.OfType(RegistryType)).Inputs;
        Assert.Equal("Enabled", registry["publicNetworkAccess"]);
        Assert.False(registry.ContainsKey("networkRuleSet"));
    }

    [Fact]
    public void PrivateEndpointOnAStandardRegistryIsRejectedNamingTheSettings()
    {
        var errors = ContainerRegistry.Validate(Registry(premium: false, Access(PrivateLinkGroups.Registry)));

        var error = Assert.Single(errors);
        Assert.Equal("registry.privateAccess", error.Path);
        Assert.Contains("Premium", error.Problem, StringComparison.Ordinal);
        Assert.Contains("registry.sku", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivateAccessWithoutTheGroupsZoneIsRejected()
    {
        var registry = ContainerRegistry.Validate(Registry(premium: true, Access(PrivateLinkGroups.Blob)));
        var models = global::MlPlatform.Components.Azure.ModelStore.Validate(ModelStore(Access(PrivateLinkGroups.Registry)));

        Assert.Equal(["registry.privateAccess"], registry.Select(e => e.Path));
        Assert.Equal(["modelStore.privateAccess"], models.Select(e => e.Path));
    }

    [Fact]
    public async Task PrivateStorageAccountsGetBlobEndpointsAndDenyPublicNetworkAccess()
    {
        var access = Access(PrivateLinkGroups.Blob);
        var mocks = await DeployAsync(() =>
        {
            _ = new ModelStore("models", ModelStore(access));
            _ = new DatasetCache("datasets", DatasetCache(access));
        });

        var accounts = mocks.OfType(AccountType);
        Assert.Equal(2, accounts.Count);
        Assert.All(accounts, a =>
        {
            Assert.Equal("Disabled", a.Inputs["publicNetworkAccess"]);
            Assert.Equal("Deny", a.Inputs.Object("networkRuleSet")["defaultAction"]);
            Assert.Equal("AzureServices", a.Inputs.Object("networkRuleSet")["bypass"]);
        });
        var endpoints = mocks.OfType(EndpointType);
        Assert.Equal(["models-account_id", "datasets-account_id"], endpoints.Select(e =>
            ((IReadOnlyDictionary<string, object>)e.Inputs.List("privateLinkServiceConnections")[0])["privateLinkServiceId"]));
        Assert.All(endpoints, e => Assert.Equal(["blob"], ((IReadOnlyDictionary<string, object>)e.Inputs.List("privateLinkServiceConnections")[0]).Strings("groupIds").ToArray()));
        Assert.All(mocks.OfType(ZoneGroupType), g =>
            Assert.Equal("blob-zone-id", ((IReadOnlyDictionary<string, object>)g.Inputs.List("privateDnsZoneConfigs")[0])["privateDnsZoneId"]));
    }

    [Fact]
    public async Task PublicStorageAccountsHaveNoEndpointsAndNoNetworkRules()
    {
        var mocks = await DeployAsync(() =>
        {
            _ = new ModelStore("models", ModelStore(access: null));
            _ = new DatasetCache("datasets", DatasetCache(access: null));
        });

        Assert.Empty(mocks.OfType(EndpointType));
        Assert.All(mocks.OfType(AccountType), a =>
        {
            Assert.False(a.Inputs.ContainsKey("publicNetworkAccess"));
            Assert.False(a.Inputs.ContainsKey("networkRuleSet"));
        });
    }
}
