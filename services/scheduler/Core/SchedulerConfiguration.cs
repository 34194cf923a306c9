namespace MlPlatform.Scheduler.Core;

/// <summary>The cluster the engine schedules onto: pools (priced), teams, queues and the policy.</summary>
public sealed record SchedulerConfiguration(
    IReadOnlyList<PoolSpec> Pools,
    IReadOnlyList<TeamSpec> Teams,
    IReadOnlyList<QueueSpec> Queues,
    SchedulingPolicy Policy)
{
    /// <summary>Teams by name.</summary>
    public IReadOnlyDictionary<string, TeamSpec> TeamsByName { get; } = Teams.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Queues by name.</summary>
    public IReadOnlyDictionary<string, QueueSpec> QueuesByName { get; } = Queues.ToDictionary(q => q.Name, StringComparer.Ordinal);
}
