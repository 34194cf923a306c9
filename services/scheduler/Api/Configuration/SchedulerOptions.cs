namespace MlPlatform.Scheduler.Api.Configuration;

/// <summary>The <c>Scheduler</c> configuration section (appsettings.json, environment <c>Scheduler__…</c>, or the stack's ConfigMap).</summary>
internal sealed class SchedulerOptions
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

    public StoreOptions Store { get; set; } = new();

    public ExecutorOptions Executor { get; set; } = new();

    public PolicyOptions Policy { get; set; } = new();

    public List<PoolOptions> Pools { get; set; } = [];

    public List<TeamOptions> Teams { get; set; } = [];

    public List<QueueOptions> Queues { get; set; } = [];
}
