namespace MlPlatform.Scheduler.Core;

/// <summary>
/// The immutable input of one scheduling cycle: configuration, running jobs, what each team has spent this month and
/// which nodes are unavailable. <see cref="Scheduler.Decide"/> reads only this.
/// </summary>
/// <param name="Now">The cycle's time.</param>
/// <param name="Pools">The pools, in configuration order.</param>
/// <param name="Teams">The teams by name.</param>
/// <param name="Queues">The queues by name.</param>
/// <param name="Running">Jobs holding resources (state Running, with a placement).</param>
/// <param name="TeamSpendUsd">Per team: cost this month so far plus the remaining estimate of its running jobs.</param>
/// <param name="Policy">Placement, fallback and retry settings.</param>
/// <param name="UnavailableNodes">Nodes that cannot take work (for example reclaimed spot nodes).</param>
public sealed record ClusterSnapshot(
    DateTimeOffset Now,
    IReadOnlyList<PoolSpec> Pools,
    IReadOnlyDictionary<string, TeamSpec> Teams,
    IReadOnlyDictionary<string, QueueSpec> Queues,
    IReadOnlyList<Job> Running,
    IReadOnlyDictionary<string, decimal> TeamSpendUsd,
    SchedulingPolicy Policy,
    IReadOnlySet<string>? UnavailableNodes = null);
