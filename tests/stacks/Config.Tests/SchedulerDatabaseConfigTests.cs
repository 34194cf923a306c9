using System.Text.Json.Nodes;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Tests;

public sealed class SchedulerDatabaseConfigTests
{
    [Fact]
    public void ProdReadsItsDatabaseWithHaBackupsAndDeletionProtection()
    {
        var config = Read("prod", Values("prod"));

        var database = config.Services.Scheduler.Database;
        Assert.NotNull(database);
        Assert.Equal(new SchedulerDatabaseSpec("db.m7g.large", 100, true, 14, "16", true), database);
    }

    [Fact]
    public void ProdAzureReadsAFlexibleServerSku()
    {
        var config = Read("prod-azure", Values("prod-azure"));

        Assert.Equal(Cloud.Azure, config.Cloud);
        Assert.Equal("Standard_D2ds_v5", config.Services.Scheduler.Database!.InstanceClass);
    }

    [Fact]
    public void ProdAzureReadsItsFlexibleServerWithAnAzureStorageSizeAndNoGeoBackup()
    {
        var database = Read("prod-azure", Values("prod-azure")).Services.Scheduler.Database;

        Assert.Equal(new SchedulerDatabaseSpec("Standard_D2ds_v5", 128, true, 14, "16", true, GeoRedundantBackup: false), database);
    }

    [Fact]
    public void AzureRefusesWhatFlexibleServerRefusesNamingEachKey()
    {
        var values = WithScheduler(Values("prod-azure"), s =>
        {
            s["database"]!["instanceClass"] = "Standard_B2s";
            s["database"]!["storageGiB"] = 100;
        });

        var error = Assert.Throws<StackConfigException>(() => Read("prod-azure", values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:services.scheduler.database.storageGiB must be one of 32, 64, 128,", StringComparison.Ordinal) && e.EndsWith("(got 100)", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:services.scheduler.database.highAvailability zone-redundant HA needs a General Purpose or Memory Optimized SKU", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("db.m7g.large")]
    [InlineData("Standard_NC4as_T4_v3")]
    [InlineData("Standard_")]
    public void AzureRefusesWhatIsNotAFlexibleServerSku(string sku)
    {
        var values = WithScheduler(Values("prod-azure"), s => s["database"]!["instanceClass"] = sku);

        var error = Assert.Throws<StackConfigException>(() => Read("prod-azure", values));

        Assert.Contains($"mlplatform:services.scheduler.database.instanceClass '{sku}' is not a database instance class on azure (for example Standard_D2ds_v5)", error.Errors);
    }

    [Fact]
    public void AzureDefaultsFitFlexibleServer()
    {
        Assert.Equal(32, SchedulerDatabaseSpec.Default(Cloud.Azure, production: false).StorageGiB);
        Assert.Equal(7, SchedulerDatabaseSpec.Default(Cloud.Azure, production: false).BackupRetentionDays);
        Assert.Equal(128, SchedulerDatabaseSpec.Default(Cloud.Azure, production: true).StorageGiB);
        Assert.Contains(SchedulerDatabaseSpec.Default(Cloud.Azure, production: true).StorageGiB, SchedulerDatabaseSpec.AzureStorageSizesGiB);
    }

    [Fact]
    public void GeoRedundantBackupIsAnAzureSetting()
    {
        var values = WithScheduler(Values("prod"), s => s["database"]!["geoRedundantBackup"] = true);

        var error = Assert.Throws<StackConfigException>(() => Read("prod", values));

        Assert.Contains("mlplatform:services.scheduler.database.geoRedundantBackup applies only on azure (Flexible Server geo-redundant backup)", error.Errors);
    }

    [Fact]
    public void SqliteCreatesNoDatabase() =>
        Assert.Null(Read("dev", Values("dev")).Services.Scheduler.Database);

    [Fact]
    public void PostgresWithoutADatabaseBlockGetsTheEnvironmentDefaults()
    {
        var dev = WithScheduler(Values("dev"), s => s["stateStore"] = "postgres");
        var prod = WithScheduler(Values("prod"), s => s.AsObject().Remove("database"));

        Assert.Equal(SchedulerDatabaseSpec.Default(Cloud.Aws, production: false), Read("dev", dev).Services.Scheduler.Database);
        Assert.Equal(SchedulerDatabaseSpec.Default(Cloud.Aws, production: true), Read("prod", prod).Services.Scheduler.Database);
        Assert.False(SchedulerDatabaseSpec.Default(Cloud.Aws, production: false).DeletionProtection);
        Assert.True(SchedulerDatabaseSpec.Default(Cloud.Aws, production: true).HighAvailability);
    }

    [Fact]
    public void ProductionRefusesNoHaNoDeletionProtectionAndShortBackupsNamingEachKey()
    {
        var values = WithScheduler(Values("prod"), s =>
        {
            s["database"]!["highAvailability"] = false;
            s["database"]!["deletionProtection"] = false;
            s["database"]!["backupRetentionDays"] = 3;
        });

        var error = Assert.Throws<StackConfigException>(() => Read("prod", values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:services.scheduler.database.highAvailability must be true in production", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:services.scheduler.database.deletionProtection must be true in production", StringComparison.Ordinal));
        Assert.Contains("mlplatform:services.scheduler.database.backupRetentionDays must be >= 7 in production (got 3)", error.Errors);
    }

    [Fact]
    public void BadValuesAreNamedWithTheProblem()
    {
        var values = WithScheduler(Values("prod"), s =>
        {
            s["database"]!["instanceClass"] = "Standard_D2ds_v5";
            s["database"]!["engineVersion"] = "14";
            s["database"]!["storageGiB"] = 5;
            s["database"]!["backupRetentionDays"] = 36;
            s["database"]!["sizeGiB"] = 10;
        });

        var error = Assert.Throws<StackConfigException>(() => Read("prod", values));

        Assert.Contains("mlplatform:services.scheduler.database.instanceClass 'Standard_D2ds_v5' is not a database instance class on aws (for example db.m7g.large)", error.Errors);
        Assert.Contains("mlplatform:services.scheduler.database.engineVersion must be one of 16, 17 (got '14')", error.Errors);
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:services.scheduler.database.storageGiB must be between 20 and", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:services.scheduler.database.backupRetentionDays must be between 1 and 35", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:services.scheduler.database.sizeGiB is not a known setting", StringComparison.Ordinal));
    }

    [Fact]
    public void ADatabaseBlockWithSqliteIsAnError()
    {
        var values = WithScheduler(Values("dev"), s => s["database"] = new JsonObject { ["storageGiB"] = 50 });

        var error = Assert.Throws<StackConfigException>(() => Read("dev", values));

        Assert.Contains("mlplatform:services.scheduler.database applies only with stateStore: postgres (SQLite needs no database server)", error.Errors);
    }

    private static Dictionary<string, string> Values(string stack) =>
        new(StackFile.Load(RepositoryFiles.Root, stack).Namespace("mlplatform"));

    private static Dictionary<string, string> WithScheduler(Dictionary<string, string> values, Action<JsonNode> edit)
    {
        var services = JsonNode.Parse(values["services"])!;
        edit(services["scheduler"]!);
        values["services"] = services.ToJsonString();
        return values;
    }

    private static PlatformConfig Read(string stack, IReadOnlyDictionary<string, string> values) =>
        StackConfigReader.Read(values, stack, RepositoryFiles.Prices);
}
