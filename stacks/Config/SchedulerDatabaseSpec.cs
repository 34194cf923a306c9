using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// The managed PostgreSQL the scheduler keeps its state in (<c>services.scheduler.database</c>), created only with
/// <c>stateStore: postgres</c>: Amazon RDS for PostgreSQL on AWS, Azure Database for PostgreSQL Flexible Server on Azure.
/// </summary>
/// <param name="InstanceClass">The RDS instance class (<c>db.m7g.large</c>) or the Flexible Server SKU (<c>Standard_D2ds_v5</c>).</param>
/// <param name="StorageGiB">Allocated storage.</param>
/// <param name="HighAvailability">A synchronous standby in another zone (RDS Multi-AZ, Flexible Server zone-redundant HA).</param>
/// <param name="BackupRetentionDays">Days of automated backups (point-in-time restore).</param>
/// <param name="EngineVersion">The PostgreSQL major version.</param>
/// <param name="DeletionProtection">Refuse deletes; a final snapshot is taken on delete when on.</param>
public sealed record SchedulerDatabaseSpec(
    string InstanceClass,
    int StorageGiB,
    bool HighAvailability,
    int BackupRetentionDays,
    string EngineVersion,
    bool DeletionProtection)
{
    /// <summary>The PostgreSQL major versions the scheduler is tested against and both clouds offer.</summary>
    public static readonly IReadOnlyList<string> SupportedEngineVersions = ["16", "17"];

    public const int MinStorageGiB = 20;

    public const int MaxStorageGiB = 16384;

    /// <summary>RDS and Flexible Server both keep 1 to 35 days of automated backups.</summary>
    public const int MaxBackupRetentionDays = 35;

    /// <summary>The least backup retention production accepts (also a policy).</summary>
    public const int MinProductionBackupRetentionDays = 7;

    /// <summary>Defaults: production gets HA, 14 days of backups and deletion protection; others a small single instance.</summary>
    public static SchedulerDatabaseSpec Default(Cloud cloud, bool production) => new(
        DefaultInstanceClass(cloud, production),
        production ? 100 : MinStorageGiB,
        HighAvailability: production,
        BackupRetentionDays: production ? 14 : 1,
        EngineVersion: "16",
        DeletionProtection: production);

    /// <summary>Graviton general purpose in production, burstable elsewhere (AWS); the Azure equivalents.</summary>
    public static string DefaultInstanceClass(Cloud cloud, bool production) => (cloud, production) switch
    {
        (Cloud.Azure, true) => "Standard_D2ds_v5",
        (Cloud.Azure, false) => "Standard_B2s",
        (_, true) => "db.m7g.large",
        _ => "db.t4g.medium",
    };

    /// <summary>Whether <paramref name="instanceClass"/> has the shape of an instance class of <paramref name="cloud"/>.</summary>
    public static bool IsInstanceClassOf(Cloud cloud, string instanceClass) => cloud == Cloud.Azure
        ? instanceClass.StartsWith("Standard_", StringComparison.Ordinal) && instanceClass.Length > "Standard_".Length
        : instanceClass.StartsWith("db.", StringComparison.Ordinal) && instanceClass.Count(c => c == '.') == 2 && !instanceClass.EndsWith('.');
}
