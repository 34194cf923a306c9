using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>The pools of a replay (spot and on-demand copies of the trace's nodes), its teams and queues, and the trace's own GPU count.</summary>
public sealed record SimCluster(IReadOnlyList<PoolSpec> Pools, IReadOnlyList<TeamSpec> Teams, IReadOnlyList<QueueSpec> Queues, double TraceGpus);
