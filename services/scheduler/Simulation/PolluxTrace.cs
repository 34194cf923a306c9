using System.Globalization;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// The Pollux (OSDI'21) workloads derived from Microsoft's Philly trace: jobs arrive at <c>time</c> and ask for
/// <c>num_replicas</c> GPUs as one gang; run times are drawn (seeded) from <c>philly_runtime.csv</c>. The cluster is the
/// Pollux testbed, 16 × g4dn.12xlarge (4 T4 each), as one spot and one on-demand pool.
/// </summary>
public static class PolluxTrace
{
    /// <summary>Loads one workload file with run times from the Philly distribution (between 1 minute and 2 days).</summary>
    public static (SimCluster Cluster, IReadOnlyList<SimJob> Jobs) Load(string workloadFile, string runtimeFile, PriceCatalog catalog, int seed = 11, int nodes = 16, string region = "us-east-1")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var runtimes = File.ReadAllLines(runtimeFile).Skip(1)
            .Select(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .Where(v => v >= 60 && v <= 2 * 86_400)
            .ToArray();
        if (runtimes.Length == 0)
        {
            throw new InvalidDataException($"{runtimeFile} has no run times between 60 s and 2 days");
        }

        var pools = new List<PoolSpec>
        {
            PoolSpec.FromCatalog(catalog, "t4-spot", Cloud.Aws, "g4dn.12xlarge", region, CapacityType.Spot, nodes),
            PoolSpec.FromCatalog(catalog, "t4-od", Cloud.Aws, "g4dn.12xlarge", region, CapacityType.OnDemand, nodes),
        };
        var gpusPerNode = pools[0].GpusPerNode;
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var name = Path.GetFileNameWithoutExtension(workloadFile);
        var jobs = TraceData.Read(workloadFile).Select(row =>
        {
            var replicas = (int)Math.Clamp(TraceData.Long(row, "num_replicas"), 1, nodes * gpusPerNode);
            var work = TimeSpan.FromSeconds(runtimes[random.Next(runtimes.Length)]);
            var spec = new JobSpec(
                "philly",
                "default",
                0,
                1,
                null,
                null,
                pools[0].CpuMilliPerNode / gpusPerNode,
                pools[0].MemoryMiBPerNode / gpusPerNode,
                "trace@sha256:" + new string('0', 64),
                [row["application"]],
                work,
                CheckpointPath: "trace://checkpoint",
                GangSize: replicas);
            return new SimJob($"{name}-{row["name"]}", start.AddSeconds(TraceData.Double(row, "time")), spec, work);
        }).ToList();
        var cluster = new SimCluster(pools, [new TeamSpec("philly", nodes * gpusPerNode * 2)], [new QueueSpec("default", 0)], nodes * gpusPerNode);
        return (cluster, jobs);
    }
}
