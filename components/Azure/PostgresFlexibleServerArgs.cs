using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="PostgresFlexibleServer"/>.</summary>
public sealed class PostgresFlexibleServerArgs
{
    /// <summary>Name prefix, e.g. <c>mlp-prod-azure</c>. Required.</summary>
    public required string Prefix { get; init; }

    /// <summary>Seed of the globally unique server name (region and cluster), as for registries and storage accounts.</summary>
    public required string NameSeed { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>What the database is for (names, tags), e.g. <c>scheduler</c>.</summary>
    public string Purpose { get; init; } = "scheduler";

    public required Input<string> ResourceGroupName { get; init; }

    public required string Location { get; init; }

    /// <summary>The cluster VNet: the private DNS zone is linked to it.</summary>
    public required Input<string> VnetId { get; init; }

    /// <summary>The subnet delegated to <c>Microsoft.DBforPostgreSQL/flexibleServers</c> in that VNet.</summary>
    public required Input<string> DelegatedSubnetId { get; init; }

    /// <summary>Where errors point, e.g. <c>mlplatform:services.scheduler.database</c>.</summary>
    public string SpecPath { get; init; } = "services.scheduler.database";

    /// <summary>The compute SKU (<c>Standard_D2ds_v5</c>); its tier follows from the name.</summary>
    public string SkuName { get; init; } = "Standard_B2s";

    /// <summary>Premium SSD size, one of <see cref="FlexibleServerPostgres.StorageSizesGiB"/>.</summary>
    public int StorageGiB { get; init; } = 32;

    /// <summary>Zone-redundant HA: a synchronous standby in another zone with automatic failover.</summary>
    public bool HighAvailability { get; init; }

    public int BackupRetentionDays { get; init; } = 7;

    /// <summary>Copy backups to the paired region (Azure accepts this only when the server is created).</summary>
    public bool GeoRedundantBackup { get; init; }

    /// <summary>The PostgreSQL major version (16 or 17).</summary>
    public string EngineVersion { get; init; } = "16";

    /// <summary>A CanNotDelete lock on the server, and Pulumi's <c>protect</c> on server and lock.</summary>
    public bool DeletionProtection { get; init; }

    public string DatabaseName { get; init; } = "scheduler";

    public string AdministratorLogin { get; init; } = "scheduler";
}
