using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using MlPlatform.Scheduler.Simulation;

namespace MlPlatform.Scheduler.Bench;

/// <summary>Trace replay of Alibaba openb and the Pollux/Philly workloads for each capacity strategy.</summary>
internal static class TraceBench
{
    public static async Task RunAsync(PriceCatalog catalog, BenchOptions options, Figures figures, TextWriter log)
    {
        var interruptions = new InterruptionModel(options.ReclaimsPerNodeHour, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(options.CheckpointMinutes));
        var alibaba = AlibabaOpenbTrace.Load(RepositoryData.Find("traces", "alibaba-openb-2023"), catalog, options.AlibabaPods);
        await Replay("alibaba", [alibaba], options, interruptions, figures, log).ConfigureAwait(false);

        var pollux = RepositoryData.Find("traces", "pollux-philly");
        var workloads = Enumerable.Range(1, 8)
            .Select(i => PolluxTrace.Load(Path.Combine(pollux, $"workload-{i}.csv"), Path.Combine(pollux, "philly_runtime.csv"), catalog, seed: 100 + i))
            .ToList();
        await Replay("pollux", workloads, options, interruptions, figures, log).ConfigureAwait(false);
    }

    private static async Task Replay(string trace, IReadOnlyList<(SimCluster Cluster, IReadOnlyList<SimJob> Jobs)> runs, BenchOptions options, InterruptionModel interruptions, Figures figures, TextWriter log)
    {
        var results = new Dictionary<string, (decimal Cost, double P50, double P95, double Utilisation, int Fallbacks, int Reclaims, int Completed, int Jobs)>();
        foreach (var strategy in new[] { CapacityStrategies.OnDemandOnly, CapacityStrategies.SpotFirstWithFallback, CapacityStrategies.SpotOnly })
        {
            var policy = SchedulingPolicy.Default with { CapacityStrategy = strategy, QueueAgeThreshold = TimeSpan.FromMinutes(options.QueueAgeMinutes) };
            var parts = new List<SimulationResult>();
            var jcts = new List<double>();
            foreach (var (cluster, jobs) in runs)
            {
                parts.Add(await TraceSimulator.RunAsync(cluster, jobs, policy, interruptions).ConfigureAwait(false));
            }

            // Percentiles over several workloads: weight each run's percentile by its job count (documented approximation).
            var total = parts.Sum(p => p.Completed);
            double Weighted(Func<SimulationResult, double> f) => total == 0 ? 0 : parts.Sum(p => f(p) * p.Completed) / total;
            results[strategy] = (parts.Sum(p => p.CostUsd), Weighted(p => p.JctP50Seconds), Weighted(p => p.JctP95Seconds), Weighted(p => p.GpuUtilisation), parts.Sum(p => p.Fallbacks), parts.Sum(p => p.SpotReclaims), total, parts.Sum(p => p.Jobs));
            await log.WriteLineAsync($"[bench] {trace} {strategy}: {total}/{parts.Sum(p => p.Jobs)} jobs, {parts.Sum(p => p.Cycles)} cycles").ConfigureAwait(false);
        }

        var section = $"Trace replay: {trace} (reclaims {options.ReclaimsPerNodeHour}/node-h, checkpoint {options.CheckpointMinutes} min, fallback after {options.QueueAgeMinutes} min)";
        var baseline = results[CapacityStrategies.OnDemandOnly];
        foreach (var (strategy, r) in results)
        {
            var key = strategy.Replace('-', '_');
            figures.Add(section, $"{trace}_{key}_cost_usd", (double)r.Cost, "USD");
            figures.Add(section, $"{trace}_{key}_jct_p50_s", r.P50, "s");
            figures.Add(section, $"{trace}_{key}_jct_p95_s", r.P95, "s");
            figures.Add(section, $"{trace}_{key}_gpu_utilisation", r.Utilisation, "fraction of trace GPUs");
            figures.Add(section, $"{trace}_{key}_fallbacks", r.Fallbacks, "jobs to on-demand");
            figures.Add(section, $"{trace}_{key}_spot_reclaims", r.Reclaims, "runs reclaimed");
            figures.Add(section, $"{trace}_{key}_completed", r.Completed, $"of {r.Jobs} jobs");
            if (strategy != CapacityStrategies.OnDemandOnly && baseline.Cost > 0)
            {
                figures.Add(section, $"{trace}_{key}_saving_vs_on_demand_pct", (double)(1 - (r.Cost / baseline.Cost)) * 100, "% cheaper");
                figures.Add(section, $"{trace}_{key}_p95_vs_on_demand_pct", baseline.P95 == 0 ? 0 : ((r.P95 / baseline.P95) - 1) * 100, "% p95 change");
            }
        }
    }
}
