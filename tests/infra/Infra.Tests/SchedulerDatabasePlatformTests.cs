using System.Collections.Immutable;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Policies;
using MlPlatform.Testing;

namespace MlPlatform.Infra.Tests;

public sealed class SchedulerDatabasePlatformTests
{
    private const string RdsInstance = "aws:rds/instance:Instance";

    private const string FlexibleServer = "azure-native:dbforpostgresql:Server";

    [Fact]
    public async Task AwsProdHasAMultiAzEncryptedPrivateDeletionProtectedPostgres()
    {
        var (_, mocks) = await PlatformRun.RunAsync("prod");

        var instance = Assert.Single(mocks.OfType(RdsInstance)).Inputs;
        Assert.Equal("postgres", instance["engine"]);
        Assert.Equal("16", instance["engineVersion"]);
        Assert.Equal("db.m7g.large", instance["instanceClass"]);
        Assert.Equal(true, instance["multiAz"]);
        Assert.Equal(true, instance["storageEncrypted"]);
        Assert.Equal(true, mocks.Named("aws:kms/key:Key", "scheduler-db-key").Inputs["enableKeyRotation"]);
        Assert.Equal(false, instance["publiclyAccessible"]);
        Assert.Equal(true, instance["deletionProtection"]);
        Assert.Equal(false, instance["skipFinalSnapshot"]);
        Assert.Equal("mlp-prod-scheduler-final", instance["finalSnapshotIdentifier"]);
        Assert.True(Convert.ToInt32(instance["backupRetentionPeriod"], System.Globalization.CultureInfo.InvariantCulture) >= 7);
        Assert.Equal(100, Convert.ToInt32(instance["allocatedStorage"], System.Globalization.CultureInfo.InvariantCulture));

        var parameters = Assert.Single(mocks.OfType("aws:rds/parameterGroup:ParameterGroup")).Inputs;
        Assert.Equal("postgres16", parameters["family"]);
        var forceSsl = ((IEnumerable<object>)parameters["parameters"]).Cast<ImmutableDictionary<string, object>>().Single(p => (string)p["name"] == "rds.force_ssl");
        Assert.Equal("1", forceSsl["value"]);
    }

    [Fact]
    public async Task TheDatabaseAdmitsPostgresOnlyFromTheClusterSecurityGroups()
    {
        var (_, mocks) = await PlatformRun.RunAsync("prod");

        var group = mocks.Named("aws:ec2/securityGroup:SecurityGroup", "scheduler-db-sg").Inputs;
        var ingress = ((IEnumerable<object>)group["ingress"]).Cast<ImmutableDictionary<string, object>>().ToList();
        Assert.NotEmpty(ingress);
        Assert.All(ingress, rule =>
        {
            Assert.Equal(5432, Convert.ToInt32(rule["fromPort"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(5432, Convert.ToInt32(rule["toPort"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.False(rule.ContainsKey("cidrBlocks") && ((IEnumerable<object>)rule["cidrBlocks"]).Any());
            Assert.NotEmpty((IEnumerable<object>)rule["securityGroups"]);
        });
        var instance = Assert.Single(mocks.OfType(RdsInstance)).Inputs;
        Assert.Equal(["scheduler-db-sg_id"], ((IEnumerable<object>)instance["vpcSecurityGroupIds"]).Cast<string>().ToArray());
    }

    [Fact]
    public async Task TheSchedulerSecretTakesTheHostAndPasswordFromTheDatabase()
    {
        var (resources, mocks) = await PlatformRun.RunAsync("prod");

        var scheduler = Assert.Single(resources.OfType<SchedulerDeployment>());
        var connection = await scheduler.PostgresConnectionString.GetAsync();
        Assert.Contains("Host=scheduler-db-instance.abc123.us-east-1.rds.amazonaws.com;", connection, StringComparison.Ordinal);
        Assert.Contains("SSL Mode=VerifyFull;Root Certificate=/etc/mlplatform/postgres-ca/ca.pem", connection, StringComparison.Ordinal);
        Assert.True(await scheduler.PostgresConnectionString.IsSecretAsync());
        Assert.Single(mocks.OfType("random:index/randomPassword:RandomPassword"), p => p.Name == "scheduler-db-password");
        Assert.Contains("Password=generated-scheduler-db-password;", connection, StringComparison.Ordinal);
        Assert.Contains("Username=scheduler;", connection, StringComparison.Ordinal);
        // One password: the database's master password is the scheduler's, none generated for "whoever provisions the role".
        Assert.DoesNotContain(mocks.OfType("random:index/randomPassword:RandomPassword"), p => p.Name == "scheduler-postgres-password");

        var platform = Assert.Single(resources.OfType<PlatformStack>());
        Assert.Equal("scheduler-db-instance.abc123.us-east-1.rds.amazonaws.com:5432", await platform.SchedulerDatabaseEndpoint.GetAsync());
    }

    [Fact]
    public async Task AzureProdHasAPrivateZoneRedundantFlexibleServerAndTheSchedulerSecretTakesItsHost()
    {
        var (resources, mocks) = await PlatformRun.RunAsync("prod-azure");

        var server = Assert.Single(mocks.OfType(FlexibleServer)).Inputs;
        var network = (IReadOnlyDictionary<string, object>)server["network"];
        Assert.Equal("Disabled", network["publicNetworkAccess"]);
        Assert.Equal("cluster-postgres_id", network["delegatedSubnetResourceId"]);
        Assert.Equal("scheduler-db-dns_id", network["privateDnsZoneArmResourceId"]);
        Assert.Equal("ZoneRedundant", ((IReadOnlyDictionary<string, object>)server["highAvailability"])["mode"]);
        var subnet = mocks.Named("azure-native:network:Subnet", "cluster-postgres").Inputs;
        Assert.Equal("10.50.144.0/20", subnet["addressPrefix"]);
        Assert.Single(mocks.OfType("azure-native:authorization:ManagementLockByScope"), l => (string)l.Inputs["scope"] == "scheduler-db-server_id");

        var host = $"{server["serverName"]}.postgres.database.azure.com";
        var scheduler = Assert.Single(resources.OfType<SchedulerDeployment>());
        var connection = await scheduler.PostgresConnectionString.GetAsync();
        Assert.Contains($"Host={host};", connection, StringComparison.Ordinal);
        Assert.Contains("Password=generated-scheduler-db-password;", connection, StringComparison.Ordinal);
        Assert.Contains("SSL Mode=VerifyFull;Root Certificate=/etc/mlplatform/postgres-ca/ca.pem", connection, StringComparison.Ordinal);
        var ca = mocks.Named("kubernetes:core/v1:ConfigMap", "scheduler-postgres-ca").Inputs;
        Assert.Contains("MIIDjjCCAnagAwIBAgIQAzrx5qcRqaC7KGSxHQn65TANBgkqhkiG9w0BAQsFADBh", (string)((IReadOnlyDictionary<string, object>)ca["data"])["ca.pem"], StringComparison.Ordinal);
        var platform = Assert.Single(resources.OfType<PlatformStack>());
        Assert.Equal($"{host}:5432", await platform.SchedulerDatabaseEndpoint.GetAsync());
    }

    [Fact]
    public async Task AzureProdPolicyPricesTheServerWithItsStandbyAndFindsNoDatabaseViolation()
    {
        var (resources, _) = await PlatformRun.RunAsync("prod-azure");

        var report = await Assert.Single(resources.OfType<PlatformStack>()).PolicyHook.Completion;
        Assert.DoesNotContain(report.After.Violations, v => v.RuleId.Contains("database", StringComparison.Ordinal));
        var cost = Assert.Single(report.After.Costs.Resources, r => r.Type == FlexibleServer);
        Assert.Equal(CostCategory.Database, cost.Category);
        // 2 x (Standard_D2ds_v5 0.178/h + 128 GiB x 0.115/730 h): the zone-redundant standby doubles both.
        Assert.Equal(2 * (0.178m + (128 * 0.115m / 730)), cost.Range.MinUsdPerHour, 6);
        Assert.Contains("ZoneRedundant HA standby", cost.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqliteStacksCreateNoDatabaseAndExportAnEmptyEndpoint()
    {
        var (resources, mocks) = await PlatformRun.RunAsync("dev");

        Assert.Empty(mocks.OfType(RdsInstance));
        Assert.Empty(mocks.OfType("aws:rds/subnetGroup:SubnetGroup"));
        var platform = Assert.Single(resources.OfType<PlatformStack>());
        Assert.Equal(string.Empty, await platform.SchedulerDatabaseEndpoint.GetAsync());
    }

    [Fact]
    public async Task ProdPolicyPricesTheDatabaseWithItsStandbyAndFindsNoDatabaseViolation()
    {
        var (resources, _) = await PlatformRun.RunAsync("prod");

        var platform = Assert.Single(resources.OfType<PlatformStack>());
        var report = await platform.PolicyHook.Completion;
        Assert.DoesNotContain(report.After.Violations, v => v.RuleId.Contains("database", StringComparison.Ordinal));
        var cost = Assert.Single(report.After.Costs.Resources, r => r.Type == RdsInstance);
        Assert.Equal(CostCategory.Database, cost.Category);
        // 2 x (db.m7g.large 0.168/h + 100 GiB x 0.115/730 h): the Multi-AZ standby doubles both.
        Assert.Equal(2 * (0.168m + (100 * 0.115m / 730)), cost.Range.MinUsdPerHour, 6);
        Assert.Contains("Multi-AZ standby", cost.Basis, StringComparison.Ordinal);
    }
}
