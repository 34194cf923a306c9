using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// The pools of a replay (a spot and an on-demand copy of each node shape, in one ceiling group), its teams and queues,
/// and <paramref name="TraceGpus"/>: the GPUs of the node ceiling (the trace's own nodes), the denominator of utilisation.
/// </summary>
public sealed record SimCluster(IReadOnlyList<PoolSpec> Pools, IReadOnlyList<TeamSpec> Teams, IReadOnlyList<QueueSpec> Queues, double TraceGpus);
