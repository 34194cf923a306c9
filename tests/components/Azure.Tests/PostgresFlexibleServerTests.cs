using MlPlatform.Testing;

namespace MlPlatform.Components.Azure.Tests;

public sealed class PostgresFlexibleServerTests
{
    private const string ServerType = "azure-native:dbforpostgresql:Server";

    private static PostgresFlexibleServerArgs Args(bool production = true) => new()
    {
        Prefix = "mlp-prod-azure",
        NameSeed = "eastus/mlp-prod-azure",
        Tags = AzureTestEnvironment.Tags,
        ResourceGroupName = "mlp-prod-azure-rg",
        Location = AzureTestEnvironment.Region,
        VnetId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet",
        DelegatedSubnetId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/postgres",
        SkuName = production ? "Standard_D2ds_v5" : "Standard_B2s",
        StorageGiB = production ? 128 : 32,
        HighAvailability = production,
        BackupRetentionDays = production ? 14 : 7,
        EngineVersion = "17",
        DeletionProtection = production,
    };

    private static async Task<(EchoMocks Mocks, PostgresFlexibleServer Server)> DeployAsync(PostgresFlexibleServerArgs args)
    {
        var mocks = AzureTestEnvironment.Mocks();
        mocks.ComputedOutputs[ServerType] = a => new Dictionary<string, object>
        {
            ["fullyQualifiedDomainName"] = $"{a.Inputs["serverName"]}.postgres.database.azure.com",
            ["name"] = a.Inputs["serverName"],
        };
        mocks.ComputedOutputs["random:index/randomPassword:RandomPassword"] = a => new Dictionary<string, object> { ["result"] = $"generated-{a.Name}" };
        PostgresFlexibleServer? server = null;
        await AzureTestEnvironment.DeployAsync(mocks, () => server = new PostgresFlexibleServer("scheduler-db", args));
        return (mocks, server!);
    }

    [Fact]
    public async Task ProductionServerHasPrivateAccessOnlyZoneRedundantHaAndItsBackups()
    {
        var (mocks, _) = await DeployAsync(Args());

        var server = Assert.Single(mocks.OfType(ServerType)).Inputs;
        var network = server.Object("network");
        Assert.Equal("Disabled", network["publicNetworkAccess"]);
        Assert.EndsWith("/subnets/postgres", (string)network["delegatedSubnetResourceId"], StringComparison.Ordinal);
        Assert.Equal("scheduler-db-dns_id", network["privateDnsZoneArmResourceId"]);
        Assert.Equal("ZoneRedundant", server.Object("highAvailability")["mode"]);
        Assert.Equal("2", server.Object("highAvailability")["standbyAvailabilityZone"]);
        Assert.Equal("1", server["availabilityZone"]);
        Assert.Equal(14, Convert.ToInt32(server.Object("backup")["backupRetentionDays"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Disabled", server.Object("backup")["geoRedundantBackup"]);
        Assert.Equal("Standard_D2ds_v5", server.Object("sku")["name"]);
        Assert.Equal("GeneralPurpose", server.Object("sku")["tier"]);
        Assert.Equal(128, Convert.ToInt32(server.Object("storage")["storageSizeGB"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("17", server["version"]);
        Assert.Equal("scheduler", server["administratorLogin"]);
        Assert.Equal("generated-scheduler-db-password", server["administratorLoginPassword"]);
    }

    [Fact]
    public async Task TheServersPrivateDnsZoneIsLinkedToTheVnetWithoutAutoRegistration()
    {
        var (mocks, _) = await DeployAsync(Args());

        var serverName = (string)Assert.Single(mocks.OfType(ServerType)).Inputs["serverName"];
        var zone = Assert.Single(mocks.OfType("azure-native:privatedns:PrivateZone")).Inputs;
        Assert.Equal($"{serverName}.private.postgres.database.azure.com", zone["privateZoneName"]);
        var link = Assert.Single(mocks.OfType("azure-native:privatedns:VirtualNetworkLink")).Inputs;
        Assert.Equal(zone["privateZoneName"], link["privateZoneName"]);
        Assert.Equal(false, link["registrationEnabled"]);
        Assert.EndsWith("/virtualNetworks/vnet", (string)link.Object("virtualNetwork")["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TlsIsRequiredAtOnePointTwoOrLaterAndTheSchedulerDatabaseExists()
    {
        var (mocks, _) = await DeployAsync(Args());

        var settings = mocks.OfType("azure-native:dbforpostgresql:Configuration")
            .ToDictionary(c => (string)c.Inputs["configurationName"], c => (string)c.Inputs["value"]);
        Assert.Equal("ON", settings["require_secure_transport"]);
        Assert.Equal("TLSv1.2", settings["ssl_min_protocol_version"]);
        Assert.Equal("scheduler", Assert.Single(mocks.OfType("azure-native:dbforpostgresql:Database")).Inputs["databaseName"]);
    }

    [Fact]
    public async Task DeletionProtectionIsACanNotDeleteLockOnTheServer()
    {
        var (mocks, _) = await DeployAsync(Args());

        var lockInputs = Assert.Single(mocks.OfType("azure-native:authorization:ManagementLockByScope")).Inputs;
        Assert.Equal("CanNotDelete", lockInputs["level"]);
        Assert.Equal("scheduler-db-server_id", lockInputs["scope"]);
    }

    [Fact]
    public async Task DevServerIsBurstableWithoutHaOrLock()
    {
        var (mocks, _) = await DeployAsync(Args(production: false));

        var server = Assert.Single(mocks.OfType(ServerType)).Inputs;
        Assert.Equal("Disabled", server.Object("highAvailability")["mode"]);
        Assert.Equal("Burstable", server.Object("sku")["tier"]);
        Assert.Empty(mocks.OfType("azure-native:authorization:ManagementLockByScope"));
    }

    [Fact]
    public async Task HostEndpointAndSecretPasswordAreOutputs()
    {
        var (_, server) = await DeployAsync(Args());

        var host = await server.Host.GetAsync();
        Assert.Matches("^mlp-prod-azure-scheduler-[0-9a-f]{6}\\.postgres\\.database\\.azure\\.com$", host);
        Assert.Equal($"{host}:5432", await server.Endpoint.GetAsync());
        Assert.True(await server.Password.IsSecretAsync());
    }

    [Fact]
    public void InvalidArgsAreAllReportedWithTheirPaths()
    {
        var args = new PostgresFlexibleServerArgs
        {
            Prefix = "p",
            NameSeed = "s",
            Tags = AzureTestEnvironment.Tags,
            ResourceGroupName = "rg",
            Location = AzureTestEnvironment.Region,
            VnetId = "v",
            DelegatedSubnetId = "s",
            SkuName = "Standard_B2s",
            HighAvailability = true,
            StorageGiB = 100,
            BackupRetentionDays = 3,
            EngineVersion = "15",
            AdministratorLogin = "admin",
        };

        var paths = FlexibleServerPostgres.Validate(args).Select(e => e.Path).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            ["services.scheduler.database.backupRetentionDays", "services.scheduler.database.engineVersion", "services.scheduler.database.highAvailability", "services.scheduler.database.storageGiB", "services.scheduler.database.username"],
            paths);
    }

    [Theory]
    [InlineData("Standard_B2s", "Burstable")]
    [InlineData("Standard_D2ds_v5", "GeneralPurpose")]
    [InlineData("Standard_E4ds_v5", "MemoryOptimized")]
    [InlineData("Standard_NC4as_T4_v3", null)]
    [InlineData("db.m7g.large", null)]
    public void TierFollowsFromTheSkuName(string sku, string? tier) =>
        Assert.Equal(tier, FlexibleServerPostgres.Tier(sku));

    [Fact]
    public void ServerNamesAreStableGloballyUniqueAndValid()
    {
        var name = FlexibleServerPostgres.ServerName("mlp-prod-azure", "scheduler", "eastus/mlp-prod-azure");

        Assert.Equal(name, FlexibleServerPostgres.ServerName("mlp-prod-azure", "scheduler", "eastus/mlp-prod-azure"));
        Assert.NotEqual(name, FlexibleServerPostgres.ServerName("mlp-prod-azure", "scheduler", "westus2/mlp-prod-azure"));
        Assert.Matches("^[a-z][a-z0-9-]{1,61}[a-z0-9]$", name);
        var longName = FlexibleServerPostgres.ServerName(new string('x', 80), "scheduler", "seed");
        Assert.True(longName.Length <= 63);
        Assert.Matches("^[a-z][a-z0-9-]{1,61}[a-z0-9]$", FlexibleServerPostgres.ServerName("1-Team_DB", "scheduler", "seed"));
    }
}
