using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// The Alibaba GPU cluster trace 2023 (openb): its GPU node list becomes pools (one spot and one on-demand copy of each
/// node shape), its pods become jobs (arrival = creation time, work = deletion − scheduled time, fractional GPUs from
/// <c>gpu_milli</c>). Node models are priced per GPU from the AWS instance type named in <see cref="PriceMap"/>.
/// </summary>
public static class AlibabaOpenbTrace
{
    /// <summary>Trace GPU model → (AWS instance type, its GPU count) used to price one GPU of that model in us-east-1.</summary>
    /// <remarks>P100 has no current AWS offering and is priced as T4 (similar class); G2/G3 are Alibaba-internal names,
    /// priced as 8×A10G (g5.48xlarge) and 8×A100 (p4d.24xlarge).</remarks>
    public static IReadOnlyDictionary<string, string> PriceMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["T4"] = "g4dn.12xlarge",
        ["P100"] = "g4dn.12xlarge",
        ["V100M16"] = "p3.8xlarge",
        ["V100M32"] = "p3.16xlarge",
        ["A10"] = "g5.12xlarge",
        ["G2"] = "g5.48xlarge",
        ["G3"] = "p4d.24xlarge",
    };

    /// <summary>Loads the node list and pods from <paramref name="directory"/>; <paramref name="maxPods"/> keeps the first pods by arrival.</summary>
    public static (SimCluster Cluster, IReadOnlyList<SimJob> Jobs) Load(string directory, PriceCatalog catalog, int maxPods = int.MaxValue, string region = "us-east-1")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var nodes = TraceData.Read(Path.Combine(directory, "openb_node_list_gpu_node.csv"));
        var shapes = nodes
            .GroupBy(n => (Model: n["model"], Gpus: (int)TraceData.Long(n, "gpu"), Cpu: TraceData.Long(n, "cpu_milli"), Mem: TraceData.Long(n, "memory_mib")))
            .OrderBy(g => g.Key.Model, StringComparer.Ordinal).ThenBy(g => g.Key.Gpus).ThenBy(g => g.Key.Cpu).ThenBy(g => g.Key.Mem)
            .ToList();
        var pools = new List<PoolSpec>();
        var index = 0;
        foreach (var shape in shapes)
        {
            var instance = PriceMap.TryGetValue(shape.Key.Model, out var type) ? type : "g5.12xlarge";
            var offering = catalog.Find(Cloud.Aws, instance, region) ?? throw new KeyNotFoundException($"price tables lack {instance} in {region}");
            var perGpuOnDemand = catalog.HourlyPrice(Cloud.Aws, instance, region, CapacityType.OnDemand).UsdPerHour / offering.GpuCount;
            var perGpuSpot = catalog.HourlyPrice(Cloud.Aws, instance, region, CapacityType.Spot).UsdPerHour / offering.GpuCount;
            var memory = GpuModels.MemoryGiB(offering.Gpu.Name) ?? 16;
            foreach (var capacity in (CapacityType[])[CapacityType.Spot, CapacityType.OnDemand])
            {
                var perGpu = capacity == CapacityType.Spot ? perGpuSpot : perGpuOnDemand;
                pools.Add(new PoolSpec(
                    $"{shape.Key.Model.ToLowerInvariant()}-{index}-{(capacity == CapacityType.Spot ? "spot" : "od")}",
                    capacity,
                    shape.Key.Model,
                    memory,
                    shape.Key.Gpus,
                    shape.Key.Cpu,
                    shape.Key.Mem,
                    shape.Count(),
                    perGpu * shape.Key.Gpus,
                    perGpuOnDemand * shape.Key.Gpus,
                    AllowsSharing: true,
                    InstanceType: instance));
            }

            index++;
        }

        var traceGpus = nodes.Sum(n => (double)TraceData.Long(n, "gpu"));
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var jobs = TraceData.Read(Path.Combine(directory, "openb_pod_list_default.csv"))
            .Where(p => p["scheduled_time"].Length > 0 && p["deletion_time"].Length > 0)
            .Select(p =>
            {
                var gpusPerPod = TraceData.Long(p, "num_gpu");
                var milli = TraceData.Long(p, "gpu_milli");
                var gpus = gpusPerPod == 0 ? 0m : gpusPerPod == 1 ? Math.Min(1m, milli / 1000m) : gpusPerPod;
                var work = TimeSpan.FromSeconds(Math.Max(1, TraceData.Long(p, "deletion_time") - TraceData.Long(p, "scheduled_time")));
                var spec = new JobSpec(
                    "alibaba",
                    "default",
                    0,
                    gpus,
                    null,
                    null,
                    TraceData.Long(p, "cpu_milli"),
                    TraceData.Long(p, "memory_mib"),
                    "trace@sha256:" + new string('0', 64),
                    ["replay"],
                    work,
                    CheckpointPath: "trace://checkpoint");
                return new SimJob(p["name"], start.AddSeconds(TraceData.Long(p, "creation_time")), spec, work);
            })
            .OrderBy(j => j.Arrival).ThenBy(j => j.Id, StringComparer.Ordinal)
            .Take(maxPods)
            .ToList();
        var totalGpus = pools.Where(p => p.Capacity == CapacityType.OnDemand).Sum(p => (decimal)p.GpusPerNode * p.NodeCount) * 2;
        var cluster = new SimCluster(pools, [new TeamSpec("alibaba", totalGpus)], [new QueueSpec("default", 0)], traceGpus);
        return (cluster, jobs);
    }
}
