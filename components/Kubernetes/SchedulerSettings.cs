using System.Collections.Immutable;
using MlPlatform.Scheduler.Configuration;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The scheduler's configuration as the stack decides it, in the scheduler's own configuration types
/// (<see cref="TeamOptions"/>, <see cref="PoolOptions"/>, <see cref="QueueOptions"/>): the same types the service binds
/// and validates, so nothing is translated on the way.
/// </summary>
/// <param name="CapacityStrategy">Named placement strategy of the scheduler (<c>spot-first-with-fallback</c> by default).</param>
/// <param name="QueueAgeThreshold">A spot-eligible job that waited this long falls back to on-demand.</param>
/// <param name="JobsNamespace">Namespace where the Kubernetes executor runs Jobs.</param>
/// <param name="StateStore"><see cref="StoreOptions.Sqlite"/> or <see cref="StoreOptions.Postgres"/>.</param>
public sealed record SchedulerSettings(
    ImmutableArray<TeamOptions> Teams,
    ImmutableArray<PoolOptions> Pools,
    ImmutableArray<QueueOptions> Queues,
    string CapacityStrategy,
    TimeSpan QueueAgeThreshold,
    string JobsNamespace,
    string StateStore)
{
    /// <summary>The queues when config names none: a default queue and an urgent one.</summary>
    public static ImmutableArray<QueueOptions> DefaultQueues { get; } = [new() { Name = "default", Priority = 0 }, new() { Name = "urgent", Priority = 100 }];
}
