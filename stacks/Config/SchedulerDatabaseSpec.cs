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
/// <param name="DeletionProtection">Refuse deletes: RDS deletion protection with a final snapshot; on Azure a CanNotDelete lock.</param>
/// <param name="GeoRedundantBackup">Azure only: copy backups to the paired region (fixed when the server is created).</param>
public sealed record SchedulerDatabaseSpec(
    string InstanceClass,
    int StorageGiB,
    bool HighAvailability,
    int BackupRetentionDays,
    string EngineVersion,
    bool DeletionProtection,
    bool GeoRedundantBackup = false)
{
    /// <summary>The PostgreSQL major versions the scheduler is tested against and both clouds offer.</summary>
    public static readonly IReadOnlyList<string> SupportedEngineVersions = ["16", "17"];

    public const int MinStorageGiB = 20;

    /// <summary>The Premium SSD sizes a Flexible Server is created with (GiB); Azure refuses any other size.</summary>
    public static readonly IReadOnlyList<int> AzureStorageSizesGiB = [32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384];

    /// <summary>Flexible Server keeps at least 7 days of backups.</summary>
    public const int MinAzureBackupRetentionDays = 7;

    public const int MaxStorageGiB = 16384;

    /// <summary>RDS and Flexible Server both keep 1 to 35 days of automated backups.</summary>
    public const int MaxBackupRetentionDays = 35;

    /// <summary>The least backup retention production accepts (also a policy).</summary>
    public const int MinProductionBackupRetentionDays = 7;

    /// <summary>Defaults: production gets HA, 14 days of backups and deletion protection; others a small single instance.</summary>
    public static SchedulerDatabaseSpec Default(Cloud cloud, bool production) => new(
        DefaultInstanceClass(cloud, production),
        (cloud, production) switch
        {
            (Cloud.Azure, true) => 128,
            (Cloud.Azure, false) => 32,
            (_, true) => 100,
            _ => MinStorageGiB,
        },
        HighAvailability: production,
        BackupRetentionDays: production ? 14 : cloud == Cloud.Azure ? MinAzureBackupRetentionDays : 1,
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

    /// <summary>
    /// Whether <paramref name="instanceClass"/> has the shape of an instance class of <paramref name="cloud"/>: an RDS
    /// class <c>db.&lt;family&gt;.&lt;size&gt;</c>, or a Flexible Server SKU of the Burstable (<c>Standard_B*</c>), General
    /// Purpose (<c>Standard_D*</c>) or Memory Optimized (<c>Standard_E*</c>) tier.
    /// </summary>
    public static bool IsInstanceClassOf(Cloud cloud, string instanceClass) => cloud == Cloud.Azure
        ? IsAzureSku(instanceClass)
        : instanceClass.StartsWith("db.", StringComparison.Ordinal) && instanceClass.Count(c => c == '.') == 2 && !instanceClass.EndsWith('.');

    /// <summary>Whether an Azure SKU is Burstable (<c>Standard_B*</c>), which Flexible Server offers no HA for.</summary>
    public static bool IsBurstable(string instanceClass) => instanceClass.StartsWith("Standard_B", StringComparison.Ordinal);

    private static bool IsAzureSku(string sku) =>
        sku.Length > "Standard_B1".Length
        && sku.StartsWith("Standard_", StringComparison.Ordinal)
        && sku["Standard_".Length] is 'B' or 'D' or 'E'
        && sku.Skip("Standard_".Length).All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
