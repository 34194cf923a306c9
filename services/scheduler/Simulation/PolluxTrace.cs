using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// The Pollux (OSDI'21) workloads derived from Microsoft's Philly trace: jobs arrive at <c>time</c> and ask for
/// <c>num_replicas</c> GPUs as one gang; run times are drawn (seeded) from <c>philly_runtime.csv</c>. The cluster is the
/// Pollux testbed, 16 × g4dn.12xlarge (4 T4 each), as one spot and one on-demand pool in one ceiling group: at most
/// 16 nodes are in use, whichever capacity type they are bought as (equal capacity for every strategy).
/// </summary>
public static class PolluxTrace
{
    /// <summary>The run-time distribution file of a Pollux directory.</summary>
    public const string RunTimeFile = "philly_runtime.csv";

    private static readonly string[] WorkloadColumns = ["name", "time", "application", "num_replicas"];

    /// <summary>Every <c>workload-*.csv</c> of <paramref name="directory"/> (in name order), each with run times from its <see cref="RunTimeFile"/>.</summary>
    public static IReadOnlyList<(SimCluster Cluster, IReadOnlyList<SimJob> Jobs)> LoadDirectory(string directory, PriceCatalog catalog, int seed = 100)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: Pollux workload directory not found");
        }

        var files = Directory.GetFiles(directory, "workload-*.csv").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"{directory}: no workload-*.csv files (a Pollux workload directory holds workload-1.csv … and {RunTimeFile})");
        }

        return [.. files.Select((file, i) => Load(file, Path.Combine(directory, RunTimeFile), catalog, seed + i + 1))];
    }

    /// <summary>Loads one workload file with run times from the Philly distribution (between 1 minute and 2 days).</summary>
    /// <exception cref="TraceFormatException">A file misses a column or has a bad cell (the message names file, row and column).</exception>
    public static (SimCluster Cluster, IReadOnlyList<SimJob> Jobs) Load(string workloadFile, string runtimeFile, PriceCatalog catalog, int seed = 11, int nodes = 16, string region = "us-east-1")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var runtimes = TraceData.Read(runtimeFile, "runtime").Rows
            .Select(r => r.Double("runtime"))
            .Where(v => v >= 60 && v <= 2 * 86_400)
            .ToArray();
        if (runtimes.Length == 0)
        {
            throw new TraceFormatException(runtimeFile, 1, "runtime", "no run time between 60 s and 2 days");
        }

        const string group = "t4-g4dn.12xlarge";
        var pools = new List<PoolSpec>
        {
            PoolSpec.FromCatalog(catalog, "t4-spot", Cloud.Aws, "g4dn.12xlarge", region, CapacityType.Spot, nodes) with { CeilingGroup = group },
            PoolSpec.FromCatalog(catalog, "t4-od", Cloud.Aws, "g4dn.12xlarge", region, CapacityType.OnDemand, nodes) with { CeilingGroup = group },
        };
        var gpusPerNode = pools[0].GpusPerNode;
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var name = Path.GetFileNameWithoutExtension(workloadFile);
        var jobs = TraceData.Read(workloadFile, WorkloadColumns).Rows.Select(row =>
        {
            var replicas = (int)Math.Clamp(row.Long("num_replicas", 1), 1, nodes * gpusPerNode);
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
                [row.Text("application")],
                work,
                CheckpointPath: "trace://checkpoint",
                GangSize: replicas);
            return new SimJob($"{name}-{row.Text("name")}", start.AddSeconds(row.Double("time", 0)), spec, work);
        }).ToList();
        var cluster = new SimCluster(pools, [new TeamSpec("philly", nodes * gpusPerNode)], [new QueueSpec("default", 0)], nodes * gpusPerNode);
        return (cluster, jobs);
    }
}
