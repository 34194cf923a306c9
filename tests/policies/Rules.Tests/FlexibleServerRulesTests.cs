using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public sealed class FlexibleServerRulesTests
{
    private const string ServerId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/mlp-prod-azure-scheduler-abc123";

    private static readonly PolicyResource Private = Resource(ResourceTypes.PostgresFlexibleServer, "scheduler-db-server", Map(
        ("serverName", "mlp-prod-azure-scheduler-abc123"),
        ("sku", Map(("name", "Standard_D2ds_v5"), ("tier", "GeneralPurpose"))),
        ("storage", Map(("storageSizeGB", 128))),
        ("highAvailability", Map(("mode", "ZoneRedundant"))),
        ("backup", Map(("backupRetentionDays", 14))),
        ("network", Map(("delegatedSubnetResourceId", "/subscriptions/s/.../subnets/postgres"), ("publicNetworkAccess", "Disabled")))));

    private static readonly PolicyResource Public = Resource(ResourceTypes.PostgresFlexibleServer, "public-db", Map(
        ("serverName", "public-db"),
        ("sku", Map(("name", "Standard_B1ms"), ("tier", "Burstable"))),
        ("storage", Map(("storageSizeGB", 32))),
        ("backup", Map(("backupRetentionDays", 5))),
        ("network", Map(("publicNetworkAccess", "Enabled")))));

    private static readonly PolicyResource NoNetwork = Resource(ResourceTypes.PostgresFlexibleServer, "no-network-db", Map(("serverName", "no-network-db")));

    private static readonly PolicyResource LockOnPrivate = Resource(ResourceTypes.AzureManagementLock, "scheduler-db-lock", Map(
        ("level", "CanNotDelete"),
        ("scope", ServerId)));

    private static PolicyContext Production => Context(environment: "prod-azure");

    [Fact]
    public void FlexibleServersAreAlwaysEncryptedAtRestSoNoneIsFlagged()
    {
        var result = Evaluate(new DatabaseEncryptedRule(), Production, Private, Public, NoNetwork);

        Assert.Empty(result.Violations);
        Assert.Contains(RuleIds.DatabaseEncrypted, result.RulesEvaluated);
    }

    [Fact]
    public void AServerWithPublicAccessOrWithoutADelegatedSubnetIsPublic()
    {
        var result = Evaluate(new DatabaseNotPublicRule(), Production, Private, Public, NoNetwork);

        Assert.Equal(
            [(NoNetwork.Urn, "no network.delegatedSubnetResourceId (public access)"), (Public.Urn, "network.publicNetworkAccess Enabled")],
            result.Violations.Select(v => (v.Urn, v.Measured)).Order().ToArray());
        Assert.All(result.Violations, v => Assert.Equal(EnforcementLevel.Mandatory, v.Enforcement));
    }

    [Fact]
    public void ProductionServersKeepSevenDaysOfBackupsAndUnsetMeansSeven()
    {
        var result = Evaluate(new DatabaseBackupRetentionRule(), Production, Private, Public, NoNetwork);

        Assert.Equal((Public.Urn, "backup.backupRetentionDays 5"), (Assert.Single(result.Violations).Urn, result.Violations[0].Measured));
    }

    [Fact]
    public void ProductionServersNeedACanNotDeleteLockScopedToThem()
    {
        var readOnlyOnOther = Resource(ResourceTypes.AzureManagementLock, "other-lock", Map(("level", "CanNotDelete"), ("scope", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/someone-else")));
        var notSpecified = Resource(ResourceTypes.AzureManagementLock, "weak-lock", Map(("level", "NotSpecified"), ("scope", "/x/flexibleServers/public-db")));

        var result = Evaluate(new DatabaseDeletionProtectionRule(), Production, Private, LockOnPrivate, Public, readOnlyOnOther, notSpecified);

        Assert.Equal((Public.Urn, "no CanNotDelete lock on the server"), (Assert.Single(result.Violations).Urn, result.Violations[0].Measured));
    }

    [Fact]
    public void ALockWhoseScopeIsUnknownInAPreviewCountsWhenItSharesTheServersParent()
    {
        const string Parent = "urn:pulumi:prod-azure::mlplatform::mlplatform:azure:PostgresFlexibleServer::scheduler-db";
        var server = Resource(ResourceTypes.PostgresFlexibleServer, "scheduler-db-server", Map(("serverName", "x")), Parent);
        var pending = Resource(ResourceTypes.AzureManagementLock, "scheduler-db-lock", Map(("level", "CanNotDelete"), ("scope", UnknownValue.Instance)), Parent);
        var elsewhereLock = Resource(ResourceTypes.AzureManagementLock, "stray-lock", Map(("level", "CanNotDelete"), ("scope", "not-an-arm-id")), "urn:pulumi:prod-azure::mlplatform::other::parent");
        var elsewhere = Resource(ResourceTypes.PostgresFlexibleServer, "other-server", Map(("serverName", "y")));

        var result = Evaluate(new DatabaseDeletionProtectionRule(), Production, server, pending, elsewhere, elsewhereLock);

        Assert.Equal(elsewhere.Urn, Assert.Single(result.Violations).Urn);
    }

    [Fact]
    public void AZoneRedundantServerIsPricedWithItsStandbyComputeAndStorage()
    {
        var unpriced = new List<string>();
        var single = Resource(ResourceTypes.PostgresFlexibleServer, "single", Map(
            ("sku", Map(("name", "Standard_D2ds_v5"))),
            ("storage", Map(("storageSizeGB", 128))),
            ("highAvailability", Map(("mode", "Disabled")))));

        var ha = ResourceCostEstimator.Estimate(Private, Production, unpriced)!;
        var one = ResourceCostEstimator.Estimate(single, Production, unpriced)!;

        Assert.Empty(unpriced);
        Assert.Equal(CostCategory.Database, ha.Category);
        Assert.Equal(0.178m + (128 * 0.115m / HourlyPrice.HoursPerMonth), one.Range.MinUsdPerHour, 8);
        Assert.Equal(2 * one.Range.MinUsdPerHour, ha.Range.MinUsdPerHour, 8);
    }

    [Fact]
    public void ASkuWithoutAListPriceIsReportedUnpriced()
    {
        var unpriced = new List<string>();

        Assert.Null(ResourceCostEstimator.Estimate(Public with { Inputs = Map(("sku", Map(("name", "Standard_E64ds_v5")))) }, Production, unpriced));
        Assert.Contains("pg-flexible-Standard_E64ds_v5", Assert.Single(unpriced), StringComparison.Ordinal);
    }
}
