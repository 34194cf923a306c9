using System.Collections.Immutable;
using MlPlatform.CostModel;
using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Inputs of <see cref="SchedulerDeployment"/>.</summary>
public sealed class SchedulerDeploymentArgs
{
    public const int DefaultPort = 8080;

    /// <summary>The scheduler image, pinned by digest.</summary>
    public required string Image { get; init; }

    /// <summary>The scheduler's version (label).</summary>
    public required string Version { get; init; }

    /// <summary>Teams, pools, queues, spot policy and state store.</summary>
    public required SchedulerSettings Settings { get; init; }

    public required Cloud Cloud { get; init; }

    /// <summary>The scheduler's cloud identity (IAM role ARN / managed identity client id).</summary>
    public Input<string>? Identity { get; init; }

    /// <summary>Namespaces whose Jobs and Pods the scheduler manages besides its jobs namespace (the team namespaces).</summary>
    public ImmutableArray<string> TeamNamespaces { get; init; } = [];

    public string Namespace { get; init; } = PlatformServiceAccounts.PlatformNamespace;

    /// <summary>Create the platform namespace (false when another part of the program owns it).</summary>
    public bool CreateNamespace { get; init; } = true;

    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// Replicas: 1 with SQLite (one pod's file); up to <see cref="SchedulerDeployment.MaxReplicas"/> with PostgreSQL, where one
    /// leads the scheduling loop through a lease on the database and every replica serves the API.
    /// </summary>
    public int Replicas { get; init; } = 1;

    /// <summary>Size of the SQLite state volume.</summary>
    public string StateVolumeSize { get; init; } = "10Gi";

    /// <summary>Storage class of the state volume; null = the cluster default.</summary>
    public string? StorageClassName { get; init; }

    /// <summary>The host when no managed database was provisioned for the PostgreSQL store (a Service of that name).</summary>
    public const string UnprovisionedPostgresHost = "scheduler-postgres";

    /// <summary>PostgreSQL host (prod): the managed database's address, an output of the cloud layer.</summary>
    public Input<string> PostgresHost { get; init; } = UnprovisionedPostgresHost;

    /// <summary>
    /// The password of <see cref="PostgresUser"/>, when the database is created with it (the managed database's generated
    /// master password); null = generate one here for whoever provisions the role.
    /// </summary>
    public Input<string>? PostgresPassword { get; init; }

    /// <summary>
    /// PEM bundle of the CAs the database's certificate chains to (<see cref="PostgresCaBundles"/>): mounted from a
    /// ConfigMap, and the connection then verifies the server (<c>SSL Mode=VerifyFull</c>). Null = TLS required, CA unchecked.
    /// </summary>
    public string? PostgresCaBundle { get; init; }

    public string PostgresDatabase { get; init; } = "scheduler";

    public string PostgresUser { get; init; } = "scheduler";

    /// <summary>
    /// The price tables (file name → CSV) the scheduler costs placements with, mounted at
    /// <see cref="SchedulerDeployment.PricingDirectory"/> from a ConfigMap; empty = none mounted (the image then has none).
    /// </summary>
    public ImmutableDictionary<string, string> PricingTables { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string CpuRequest { get; init; } = "250m";

    public string MemoryRequest { get; init; } = "512Mi";

    public string MemoryLimit { get; init; } = "1Gi";
}
