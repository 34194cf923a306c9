using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Core.Tests;

/// <summary>Builders with sane defaults, Kueue style: tests state only what matters to them.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset Now = new(2026, 11, 15, 12, 0, 0, TimeSpan.Zero);

    public static JobSpec Spec(
        string team = "vision",
        string queue = "default",
        int priority = 0,
        decimal gpus = 1,
        string? gpuType = null,
        decimal? minMemory = null,
        int gang = 1,
        bool spot = true,
        double hours = 1,
        decimal? maxCost = null,
        DateTimeOffset? deadline = null,
        string? checkpoint = "s3://ckpt/job",
        long cpuMilli = 1000,
        long memoryMiB = 1024,
        string? clientKey = null) =>
        new(team, queue, priority, gpus, gpuType, minMemory, cpuMilli, memoryMiB, "registry.example/train@sha256:" + new string('a', 64), ["python", "train.py"],
            TimeSpan.FromHours(hours), maxCost, checkpoint, gang, spot, deadline, clientKey);

    public static Job Pending(string id, JobSpec? spec = null, DateTimeOffset? enqueuedAt = null) =>
        new(id, spec ?? Spec(), JobState.Pending, enqueuedAt ?? Now, enqueuedAt ?? Now, Version: 1, Evictions: EvictionCounts.None);

    public static Job Running(string id, PoolSpec pool, int node, JobSpec? spec = null, DateTimeOffset? startedAt = null)
    {
        spec ??= Spec();
        var nodes = Enumerable.Repeat(pool.NodeName(node), spec.GangSize).ToList();
        var placement = new Placement(pool.Name, pool.Capacity, nodes, pool.GpuUsdPerHour * spec.Gpus * spec.GangSize, pool.OnDemandNodeUsdPerHour / pool.GpusPerNode * spec.Gpus * spec.GangSize);
        return new Job(id, spec, JobState.Running, Now.AddHours(-2), Now.AddHours(-2), Version: 1, Attempt: 1, Placement: placement, StartedAt: startedAt ?? Now.AddMinutes(-30), Evictions: EvictionCounts.None);
    }

    public static PoolSpec Pool(string name = "a10g-spot", CapacityType capacity = CapacityType.Spot, string model = "A10G", decimal memory = 24, int gpusPerNode = 4, int nodes = 2, decimal price = 2m, decimal onDemand = 6m, bool sharing = false) =>
        new(name, capacity, model, memory, gpusPerNode, 48_000, 192 * 1024, nodes, capacity == CapacityType.Spot ? price : onDemand, onDemand, sharing);

    public static PoolSpec OnDemandPool(string name = "a10g-od", int nodes = 2, decimal price = 6m, string model = "A10G", int gpusPerNode = 4) =>
        Pool(name, CapacityType.OnDemand, model, gpusPerNode: gpusPerNode, nodes: nodes, onDemand: price);

    public static TeamSpec Team(string name = "vision", decimal quota = 100, decimal? budget = null, bool borrow = true, double weight = 1) =>
        new(name, quota, budget, weight, borrow);

    public static ClusterSnapshot Snapshot(
        IEnumerable<PoolSpec>? pools = null,
        IEnumerable<TeamSpec>? teams = null,
        IEnumerable<Job>? running = null,
        IReadOnlyDictionary<string, decimal>? spend = null,
        SchedulingPolicy? policy = null,
        IEnumerable<QueueSpec>? queues = null,
        DateTimeOffset? now = null) =>
        new(
            now ?? Now,
            (pools ?? [Pool(), OnDemandPool()]).ToList(),
            (teams ?? [Team(), Team("nlp")]).ToDictionary(t => t.Name),
            (queues ?? [new QueueSpec("default", 0), new QueueSpec("urgent", 10)]).ToDictionary(q => q.Name),
            (running ?? []).ToList(),
            spend ?? new Dictionary<string, decimal>(),
            policy ?? SchedulingPolicy.Default);

    public static Decision Only(IReadOnlyList<Decision> decisions, string id) => decisions.Single(d => d.JobId == id);
}
