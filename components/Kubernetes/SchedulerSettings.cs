using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes;

/// <summary>The scheduler's configuration as the stack knows it (teams, quotas, budgets, pools, spot policy).</summary>
/// <param name="CapacityStrategy">Named placement strategy of the scheduler (<c>spot-first-with-fallback</c> by default).</param>
/// <param name="QueueAgeThreshold">A spot-eligible job that waited this long falls back to on-demand.</param>
/// <param name="JobsNamespace">Namespace where the Kubernetes executor runs Jobs.</param>
/// <param name="StateStore"><c>sqlite</c> or <c>postgres</c>.</param>
public sealed record SchedulerSettings(
    ImmutableArray<SchedulerTeam> Teams,
    ImmutableArray<SchedulerPool> Pools,
    ImmutableArray<SchedulerQueuePriority> Queues,
    string CapacityStrategy,
    TimeSpan QueueAgeThreshold,
    string JobsNamespace,
    string StateStore)
{
    public const string SpotFirstWithFallback = "spot-first-with-fallback";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    /// <summary>The queues when config names none: a default queue and an urgent one.</summary>
    public static ImmutableArray<SchedulerQueuePriority> DefaultQueues { get; } = [new("default", 0), new("urgent", 100)];
}
