namespace MlPlatform.Scheduler.Configuration;

/// <summary>The <c>Scheduler</c> configuration section (appsettings.json, environment <c>Scheduler__…</c>, or the stack's ConfigMap).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>How often the scheduling cycle runs.</summary>
    public TimeSpan CycleInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The bearer token of the admin (sees and cancels everything). Supply it from a secret.</summary>
    public string? AdminToken { get; set; }

    /// <summary>Refuse the development tokens shipped in appsettings.json (set in the container image).</summary>
    public bool RequireStrongTokens { get; set; }

    /// <summary>Directory of price CSVs; default <c>MLPLATFORM_PRICING_DIR</c> or the repository's <c>data/pricing</c>.</summary>
    public string? PricingDirectory { get; set; }

    /// <summary>
    /// How long a replica's lead lasts without renewal (PostgreSQL store only): a crashed leader's successor waits at most
    /// this long, plus one <see cref="LeaseRenewInterval"/>.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How often every replica renews or tries to take the lease.</summary>
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The prefix of this replica's name in the lease (default the host name, i.e. the pod name); a random suffix keeps it unique per process.</summary>
    public string? InstanceId { get; set; }

    public StoreOptions Store { get; set; } = new();

    public ExecutorOptions Executor { get; set; } = new();

    public PolicyOptions Policy { get; set; } = new();

    public List<PoolOptions> Pools { get; set; } = [];

    public List<TeamOptions> Teams { get; set; } = [];

    public List<QueueOptions> Queues { get; set; } = [];
}
