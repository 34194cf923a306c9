using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public sealed class DatabaseRulesTests
{
    private static readonly PolicyResource Compliant = Resource(ResourceTypes.RdsInstance, "scheduler-db", Map(
        ("instanceClass", "db.m7g.large"),
        ("allocatedStorage", 100),
        ("multiAz", true),
        ("storageEncrypted", true),
        ("kmsKeyId", "arn:aws:kms:us-east-1:123456789012:key/k"),
        ("publiclyAccessible", false),
        ("backupRetentionPeriod", 14),
        ("deletionProtection", true),
        ("skipFinalSnapshot", false)));

    private static readonly PolicyResource Careless = Resource(ResourceTypes.RdsInstance, "careless-db", Map(
        ("instanceClass", "db.t4g.medium"),
        ("allocatedStorage", 20),
        ("publiclyAccessible", true),
        ("skipFinalSnapshot", true)));

    private static PolicyContext Production => Context(environment: "prod");

    private static PolicyContext Dev => Context(environment: "dev");

    [Fact]
    public void UnencryptedOrDefaultKeyDatabasesAreRejectedEverywhere()
    {
        var noKey = Resource(ResourceTypes.RdsInstance, "aws-key-db", Map(("storageEncrypted", true)));

        var result = Evaluate(new DatabaseEncryptedRule(), Dev, Compliant, Careless, noKey);

        Assert.Equal(
            [(noKey.Urn, "no kmsKeyId (the account's aws/rds key)"), (Careless.Urn, "storageEncrypted false (default)")],
            result.Violations.Select(v => (v.Urn, v.Measured)).Order().ToArray());
        Assert.All(result.Violations, v => Assert.Equal(EnforcementLevel.Mandatory, v.Enforcement));
    }

    [Fact]
    public void PublicDatabasesAreRejectedEverywhere()
    {
        var result = Evaluate(new DatabaseNotPublicRule(), Dev, Compliant, Careless);

        Assert.Equal(Careless.Urn, Assert.Single(result.Violations).Urn);
        Assert.Equal(EnforcementLevel.Mandatory, result.Violations[0].Enforcement);
    }

    [Fact]
    public void ProductionNeedsSevenDaysOfBackups()
    {
        var sixDays = Resource(ResourceTypes.RdsInstance, "six-days", Map(("backupRetentionPeriod", 6)));
        var sevenDays = Resource(ResourceTypes.RdsInstance, "seven-days", Map(("backupRetentionPeriod", 7)));

        var result = Evaluate(new DatabaseBackupRetentionRule(), Production, Compliant, Careless, sixDays, sevenDays);

        Assert.Equal(
            [(Careless.Urn, "backupRetentionPeriod unset (1 day)"), (sixDays.Urn, "backupRetentionPeriod 6")],
            result.Violations.Select(v => (v.Urn, v.Measured)).Order().ToArray());
        Assert.All(result.Violations, v => Assert.Equal(EnforcementLevel.Mandatory, v.Enforcement));
    }

    [Fact]
    public void ProductionNeedsDeletionProtectionAndAFinalSnapshot()
    {
        var result = Evaluate(new DatabaseDeletionProtectionRule(), Production, Compliant, Careless);

        Assert.Equal(
            ["deletionProtection false (default)", "skipFinalSnapshot true"],
            result.Violations.Select(v => v.Measured).Order(StringComparer.Ordinal).ToArray());
        Assert.All(result.Violations, v => Assert.Equal((Careless.Urn, EnforcementLevel.Mandatory), (v.Urn, v.Enforcement)));
    }

    [Fact]
    public void DevDatabasesMaySkipBackupsAndDeletionProtection()
    {
        var backups = Evaluate(new DatabaseBackupRetentionRule(), Dev, Careless);
        var protection = Evaluate(new DatabaseDeletionProtectionRule(), Dev, Careless);

        Assert.Empty(backups.Violations);
        Assert.Empty(protection.Violations);
        Assert.DoesNotContain(RuleIds.DatabaseBackupRetention, backups.RulesEvaluated);
        Assert.DoesNotContain(RuleIds.DatabaseDeletionProtection, protection.RulesEvaluated);
    }

    [Fact]
    public void UnknownValuesInAPreviewAreNotGuessed()
    {
        var pending = Resource(ResourceTypes.RdsInstance, "pending", Map(
            ("storageEncrypted", UnknownValue.Instance),
            ("kmsKeyId", UnknownValue.Instance),
            ("publiclyAccessible", UnknownValue.Instance),
            ("backupRetentionPeriod", UnknownValue.Instance),
            ("deletionProtection", UnknownValue.Instance),
            ("skipFinalSnapshot", UnknownValue.Instance)));

        Assert.Empty(Evaluate(new DatabaseEncryptedRule(), Production, pending).Violations);
        Assert.Empty(Evaluate(new DatabaseNotPublicRule(), Production, pending).Violations);
        Assert.Empty(Evaluate(new DatabaseBackupRetentionRule(), Production, pending).Violations);
        Assert.Empty(Evaluate(new DatabaseDeletionProtectionRule(), Production, pending).Violations);
    }

    [Fact]
    public void AMultiAzInstanceIsPricedWithItsStandbyInstanceAndStorage()
    {
        var unpriced = new List<string>();
        var single = Resource(ResourceTypes.RdsInstance, "single", Map(("instanceClass", "db.m7g.large"), ("allocatedStorage", 100), ("multiAz", false)));

        var multi = ResourceCostEstimator.Estimate(Compliant, Production, unpriced)!;
        var one = ResourceCostEstimator.Estimate(single, Production, unpriced)!;

        Assert.Empty(unpriced);
        Assert.Equal(CostCategory.Database, multi.Category);
        Assert.Equal(0.168m + (100 * 0.115m / HourlyPrice.HoursPerMonth), one.Range.MinUsdPerHour, 8);
        Assert.Equal(2 * one.Range.MinUsdPerHour, multi.Range.MinUsdPerHour, 8);
        Assert.Equal(multi.Range.MinUsdPerHour, multi.Range.MaxUsdPerHour);
    }

    [Fact]
    public void AnInstanceClassWithoutAListPriceIsReportedUnpriced()
    {
        var unpriced = new List<string>();
        var odd = Resource(ResourceTypes.RdsInstance, "odd", Map(("instanceClass", "db.x2g.16xlarge"), ("allocatedStorage", 100)));

        Assert.Null(ResourceCostEstimator.Estimate(odd, Production, unpriced));
        Assert.Contains("rds-postgres-db.x2g.16xlarge", Assert.Single(unpriced), StringComparison.Ordinal);
    }
}
