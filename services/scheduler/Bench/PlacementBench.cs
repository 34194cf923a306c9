using System.Diagnostics;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Bench;

/// <summary>
/// Placement decisions per second of <see cref="CycleDecider.Decide"/> on a synthetic cluster (8 pools: A10G, L4, A100,
/// shared T4; spot and on-demand) that is about 60 % busy: 2,000 nodes for 1k, 10k and 100k pending jobs of mixed
/// shapes, and 10,000 nodes for 100k pending jobs.
/// </summary>
internal static class PlacementBench
{
    public static void Run(PriceCatalog catalog, Figures figures)
    {
        Run(catalog, figures, 250, [1_000, 10_000, 100_000], "Placement (2,000 nodes, ~60 % busy)", string.Empty);
        Run(catalog, figures, 1_250, [100_000], "Placement (10,000 nodes, ~60 % busy)", "_10k_nodes");
    }

    private static void Run(PriceCatalog catalog, Figures figures, int nodesPerPool, int[] counts, string section, string suffix)
    {
        var pools = new List<PoolSpec>();
        foreach (var (name, type, sharing) in new[] { ("a10g", "g5.12xlarge", false), ("l4", "g6.12xlarge", false), ("a100", "p4d.24xlarge", false), ("t4", "g4dn.12xlarge", true) })
        {
            pools.Add(PoolSpec.FromCatalog(catalog, $"{name}-spot", Cloud.Aws, type, "us-east-1", CapacityType.Spot, nodesPerPool, sharing));
            pools.Add(PoolSpec.FromCatalog(catalog, $"{name}-od", Cloud.Aws, type, "us-east-1", CapacityType.OnDemand, nodesPerPool, sharing));
        }

        var now = new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero);
        var teams = Enumerable.Range(0, 8).Select(t => new TeamSpec($"team-{t}", 1200 * nodesPerPool / 250, null, 1 + (t % 3), true)).ToList();
        var queues = new[] { new QueueSpec("default", 0), new QueueSpec("urgent", 10) };
        var random = new Random(42);
        var running = new List<Job>();
        foreach (var pool in pools)
        {
            // Every node 60 % of the time holds one job using most of its GPUs.
            for (var i = 0; i < pool.NodeCount; i++)
            {
                if (random.NextDouble() < 0.6)
                {
                    var spec = Spec(random, teams, pool.GpusPerNode - 1 > 0 ? pool.GpusPerNode - 1 : 1, null, 1);
                    running.Add(new Job($"r-{pool.Name}-{i}", spec, JobState.Running, now.AddHours(-1), now.AddHours(-1), Attempt: 1,
                        Placement: new Placement(pool.Name, pool.Capacity, [pool.NodeName(i)], 1, 2), StartedAt: now.AddMinutes(-random.Next(1, 120))));
                }
            }
        }

        var snapshot = new ClusterSnapshot(now, pools, teams.ToDictionary(t => t.Name), queues.ToDictionary(q => q.Name), running, new Dictionary<string, decimal>(), SchedulingPolicy.Default);
        var perDecision = new Dictionary<int, double>();
        foreach (var count in counts)
        {
            var pending = Enumerable.Range(0, count).Select(i => Pending(random, teams, i, now)).ToList();
            CycleDecider.Decide(snapshot, pending); // warm-up
            var iterations = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            do
            {
                var decisions = CycleDecider.Decide(snapshot, pending);
                if (decisions.Count != count)
                {
                    throw new InvalidOperationException("every pending job must be decided");
                }

                iterations++;
            }
            while (watch.Elapsed < TimeSpan.FromSeconds(1.5) && iterations < 50);
            var seconds = watch.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var rate = count * iterations / seconds;
            // Wall-clock rates suffer when other work shares the CPUs; the rate per CPU-second of this process does not.
            figures.Add(section, $"placement_decisions_per_cpu_second_{count / 1000}k_jobs{suffix}", count * iterations / Math.Max(cpuSeconds, 1e-6), "decisions/CPU-s");
            perDecision[count] = 1e6 / rate;
            figures.Add(section, $"placement_decisions_per_second_{count / 1000}k_jobs{suffix}", rate, "decisions/s");
            figures.Add(section, $"placement_us_per_decision_{count / 1000}k_jobs{suffix}", perDecision[count], "µs");
        }

        if (perDecision.TryGetValue(1_000, out var atOneThousand))
        {
            figures.Add(section, "placement_cost_growth_1k_to_100k", perDecision[100_000] / atOneThousand, "× per-decision cost for 100× jobs");
        }
    }

    private static Job Pending(Random random, List<TeamSpec> teams, int i, DateTimeOffset now)
    {
        var roll = random.NextDouble();
        var gpus = roll < 0.2 ? 0.5m : roll < 0.6 ? 1 : roll < 0.8 ? 2 : roll < 0.95 ? 4 : 8;
        var gang = random.NextDouble() < 0.1 ? random.Next(2, 5) : 1;
        var type = random.NextDouble() < 0.4 ? new[] { "A10G", "L4", "A100", "T4" }[random.Next(4)] : null;
        var spec = Spec(random, teams, gpus, type, gang);
        var enqueued = now.AddMinutes(-random.Next(0, 60));
        return new Job($"p-{i}", spec, JobState.Pending, enqueued, enqueued, Version: 1);
    }

    private static JobSpec Spec(Random random, List<TeamSpec> teams, decimal gpus, string? type, int gang) =>
        new(
            teams[random.Next(teams.Count)].Name,
            random.NextDouble() < 0.1 ? "urgent" : "default",
            random.Next(0, 4),
            gpus,
            type,
            null,
            4000,
            16_384,
            "bench@sha256:" + new string('0', 64),
            ["run"],
            TimeSpan.FromMinutes(random.Next(5, 600)),
            GangSize: gang,
            SpotEligible: random.NextDouble() < 0.9);
}
