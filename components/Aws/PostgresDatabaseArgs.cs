using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="PostgresDatabase"/>.</summary>
public sealed class PostgresDatabaseArgs
{
    /// <summary>Name prefix, e.g. <c>mlp-prod</c>. Required.</summary>
    public required string NamePrefix { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>What the database is for (names, tags, the KMS alias), e.g. <c>scheduler</c>.</summary>
    public string Purpose { get; init; } = "scheduler";

    /// <summary>The VPC of the cluster.</summary>
    public required Input<string> VpcId { get; init; }

    /// <summary>The private subnets (one per zone) the instance and its Multi-AZ standby live in.</summary>
    public required InputList<string> SubnetIds { get; init; }

    /// <summary>The only security groups admitted on 5432: the cluster's nodes (and so the pods on them).</summary>
    public required ImmutableArray<Input<string>> ClientSecurityGroupIds { get; init; }

    /// <summary>Where <see cref="SpecPath"/>-relative errors point, e.g. <c>services.scheduler.database</c>.</summary>
    public string SpecPath { get; init; } = "services.scheduler.database";

    public string InstanceClass { get; init; } = "db.t4g.medium";

    public int StorageGiB { get; init; } = 20;

    /// <summary>A synchronous standby in a second zone with automatic failover.</summary>
    public bool MultiAz { get; init; }

    public int BackupRetentionDays { get; init; } = 7;

    /// <summary>The PostgreSQL major version (16 or 17).</summary>
    public string EngineVersion { get; init; } = "16";

    /// <summary>Refuse deletes, and take a final snapshot when the instance is deleted anyway.</summary>
    public bool DeletionProtection { get; init; }

    public bool PerformanceInsights { get; init; }

    public string DatabaseName { get; init; } = "scheduler";

    public string Username { get; init; } = "scheduler";
}
