using System.Globalization;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using MlPlatform.Scheduler.Simulation;

namespace MlPlatform.Scheduler.Bench;

/// <summary>
/// Trace replay of Alibaba openb and the Pollux/Philly workloads for each capacity strategy, at equal capacity (every
/// strategy gets the same node ceiling per node shape) as recorded and loaded (arrivals compressed until on-demand-only
/// reaches the target GPU utilisation).
/// </summary>
internal static class TraceBench
{
    private static readonly string[] Strategies = [CapacityStrategies.OnDemandOnly, CapacityStrategies.SpotFirstWithFallback, CapacityStrategies.SpotOnly];

    public static async Task RunAsync(PriceCatalog catalog, BenchOptions options, Figures figures, TextWriter log)
    {
        var interruptions = new InterruptionModel(options.ReclaimsPerNodeHour, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(options.CheckpointMinutes));
        var repository = RepositoryData.Find("traces", "alibaba-openb-2023");
        var podFile = options.OpenbFile ?? Path.Combine(repository, AlibabaOpenbTrace.DefaultPodListFile);
        var nodeFile = options.OpenbNodes ?? NodeListFor(podFile, repository);
        var timesFrom = Path.Combine(repository, AlibabaOpenbTrace.DefaultPodListFile);
        // Both traces load before any replay, so a bad file fails at once.
        var alibaba = AlibabaOpenbTrace.LoadFile(podFile, nodeFile, catalog, timesFrom, options.AlibabaPods, ceilingScale: options.OpenbCeilingScale);
        var polluxDirectory = options.PolluxDirectory ?? RepositoryData.Find("traces", "pollux-philly");
        var workloads = PolluxTrace.LoadDirectory(polluxDirectory, catalog);
        var shapes = alibaba.Cluster.Pools.Count(p => p.Capacity == CapacityType.OnDemand);
        var alibabaCapacity = options.OpenbCeilingScale is { } scale
            ? string.Create(CultureInfo.InvariantCulture, $"the node list's {shapes} node shapes × {scale:0.####} (each rounded up, at least one node)")
            : string.Create(CultureInfo.InvariantCulture, $"the node list's {shapes} node shapes scaled to the pods' peak demand of {AlibabaOpenbTrace.PeakGpuDemand(alibaba.Jobs):0.#} GPUs, each pod running from its uncompressed arrival for its run time (each shape rounded up, at least one node)");
        await log.WriteLineAsync($"[bench] openb: {podFile} ({alibaba.Jobs.Count} pods) on {nodeFile}; ceiling: {alibabaCapacity}").ConfigureAwait(false);
        await Evaluate("alibaba", alibabaCapacity, [alibaba], options, interruptions, figures, log).ConfigureAwait(false);
        await log.WriteLineAsync($"[bench] pollux: {polluxDirectory} ({workloads.Count} workloads, {workloads.Sum(w => w.Jobs.Count)} jobs)").ConfigureAwait(false);
        await Evaluate("pollux", "the Pollux testbed, 16 × g4dn.12xlarge", workloads, options, interruptions, figures, log).ConfigureAwait(false);
    }

    private static string NodeListFor(string podFile, string repository)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(podFile))!, AlibabaOpenbTrace.NodeListFile);
        return File.Exists(beside) ? beside : Path.Combine(repository, AlibabaOpenbTrace.NodeListFile);
    }

    private static async Task Evaluate(string trace, string capacity, IReadOnlyList<(SimCluster Cluster, IReadOnlyList<SimJob> Jobs)> runs, BenchOptions options, InterruptionModel interruptions, Figures figures, TextWriter log)
    {
        var policy = SchedulingPolicy.Default with { QueueAgeThreshold = TimeSpan.FromMinutes(options.QueueAgeMinutes) };
        var recorded = await Replay(runs, 1, policy, interruptions, log, trace).ConfigureAwait(false);
        Report(trace, capacity, "equal_capacity", 1, recorded, runs, options, figures);

        var (factor, met) = await FindCompression(runs, policy, interruptions, options, log, trace, recorded[CapacityStrategies.OnDemandOnly]).ConfigureAwait(false);
        var loaded = await Replay(runs, factor, policy, interruptions, log, trace).ConfigureAwait(false);
        Report(trace, capacity, "equal_capacity_loaded", factor, loaded, runs, options, figures);
        figures.Add(Section(trace, capacity, "equal_capacity_loaded", factor, runs, options), $"{trace}_equal_capacity_loaded_target_utilisation_met", met ? 1 : 0, $"1 when on-demand-only reached {options.TargetUtilisation:0.##}");
    }

    /// <summary>
    /// The smallest compression (within a few percent) at which on-demand-only reaches the target utilisation: doubling
    /// until it does, then bisecting. When even the largest allowed factor misses, the factor with the highest
    /// utilisation is used and the figures say so.
    /// </summary>
    private static async Task<(double Factor, bool Met)> FindCompression(IReadOnlyList<(SimCluster Cluster, IReadOnlyList<SimJob> Jobs)> runs, SchedulingPolicy policy, InterruptionModel interruptions, BenchOptions options, TextWriter log, string trace, Aggregate atOne)
    {
        var baseline = policy with { CapacityStrategy = CapacityStrategies.OnDemandOnly };
        async Task<double> UtilisationAt(double factor)
        {
            var result = await Aggregate.Of(runs, factor, baseline, interruptions).ConfigureAwait(false);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[bench] {trace} compression ×{factor:0.##}: on-demand-only utilisation {result.Utilisation:0.###}")).ConfigureAwait(false);
            return result.Utilisation;
        }

        if (atOne.Utilisation >= options.TargetUtilisation)
        {
            return (1, true);
        }

        double low = 1, high = 2, best = 1, bestUtilisation = atOne.Utilisation;
        while (true)
        {
            var u = await UtilisationAt(high).ConfigureAwait(false);
            if (u > bestUtilisation)
            {
                (best, bestUtilisation) = (high, u);
            }

            if (u >= options.TargetUtilisation)
            {
                break;
            }

            if (high >= options.MaxCompression)
            {
                return (best, false);
            }

            low = high;
            high = Math.Min(high * 2, options.MaxCompression);
        }

        while (high / low > 1.05)
        {
            var middle = Math.Sqrt(low * high);
            if (await UtilisationAt(middle).ConfigureAwait(false) >= options.TargetUtilisation)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return (high, true);
    }

    private static async Task<Dictionary<string, Aggregate>> Replay(IReadOnlyList<(SimCluster Cluster, IReadOnlyList<SimJob> Jobs)> runs, double factor, SchedulingPolicy policy, InterruptionModel interruptions, TextWriter log, string trace)
    {
        var results = new Dictionary<string, Aggregate>(StringComparer.Ordinal);
        foreach (var strategy in Strategies)
        {
            var aggregate = await Aggregate.Of(runs, factor, policy with { CapacityStrategy = strategy }, interruptions).ConfigureAwait(false);
            results[strategy] = aggregate;
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[bench] {trace} ×{factor:0.##} {strategy}: {aggregate.Completed}/{aggregate.Jobs} jobs, {aggregate.Cycles} cycles, utilisation {aggregate.Utilisation:0.###}")).ConfigureAwait(false);
        }

        return results;
    }

    private static string Section(string trace, string capacity, string scenario, double factor, IReadOnlyList<(SimCluster Cluster, IReadOnlyList<SimJob> Jobs)> runs, BenchOptions options)
    {
        var cluster = runs[0].Cluster;
        var nodes = cluster.Pools.Where(p => p.Capacity == CapacityType.OnDemand).Sum(p => p.NodeCount);
        var load = scenario.EndsWith("loaded", StringComparison.Ordinal) ? $"arrivals compressed ×{factor:0.##}" : "arrivals as recorded";
        var copies = runs.Count > 1 ? $"{runs.Count} workloads, each on " : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"Trace replay: {trace}, equal capacity, {load} ({copies}a ceiling of {nodes:N0} nodes / {cluster.TraceGpus:N0} GPUs per strategy, {capacity}: on-demand-only uses it on-demand, spot strategies buy spot up to it and fall back to on-demand within it; utilisation over the arrival window from the {TraceSimulator.WindowStartQuantile:0.#%} arrival quantile to the last arrival; reclaims {options.ReclaimsPerNodeHour}/node-h, checkpoint {options.CheckpointMinutes} min, fallback after {options.QueueAgeMinutes} min)");
    }

    private static void Report(string trace, string capacity, string scenario, double factor, Dictionary<string, Aggregate> results, IReadOnlyList<(SimCluster Cluster, IReadOnlyList<SimJob> Jobs)> runs, BenchOptions options, Figures figures)
    {
        var section = Section(trace, capacity, scenario, factor, runs, options);
        var prefix = $"{trace}_{scenario}";
        figures.Add(section, $"{prefix}_compression_factor", factor, "× arrival rate");
        figures.Add(section, $"{prefix}_ceiling_gpus", runs[0].Cluster.TraceGpus, runs.Count > 1 ? "GPUs per workload" : "GPUs");
        var baseline = results[CapacityStrategies.OnDemandOnly];
        foreach (var (strategy, r) in results)
        {
            var key = $"{prefix}_{strategy.Replace('-', '_')}";
            figures.Add(section, $"{key}_cost_usd", (double)r.Cost, "USD");
            figures.Add(section, $"{key}_jct_p50_s", r.P50, "s");
            figures.Add(section, $"{key}_jct_p95_s", r.P95, "s");
            figures.Add(section, $"{key}_jct_p99_s", r.P99, "s");
            figures.Add(section, $"{key}_queue_wait_p50_s", r.WaitP50, "s");
            figures.Add(section, $"{key}_queue_wait_p95_s", r.WaitP95, "s");
            figures.Add(section, $"{key}_gpu_utilisation", r.Utilisation, "of the ceiling's GPUs over the arrival window (1 % arrival quantile to last arrival)");
            figures.Add(section, $"{key}_makespan_gpu_utilisation", r.MakespanUtilisation, "of the ceiling's GPUs, first arrival to last finish");
            figures.Add(section, $"{key}_fallbacks", r.Fallbacks, "jobs to on-demand");
            figures.Add(section, $"{key}_spot_reclaims", r.Reclaims, "runs reclaimed");
            figures.Add(section, $"{key}_completed", r.Completed, $"of {r.Jobs} jobs");
            if (strategy != CapacityStrategies.OnDemandOnly && baseline.Cost > 0)
            {
                figures.Add(section, $"{key}_saving_vs_on_demand_pct", (double)(1 - (r.Cost / baseline.Cost)) * 100, "% cheaper");
                figures.Add(section, $"{key}_p95_vs_on_demand_pct", baseline.P95 == 0 ? 0 : ((r.P95 / baseline.P95) - 1) * 100, "% p95 change");
            }
        }
    }

    /// <summary>One strategy over one or more replays: sums, and percentiles over every job of every replay.</summary>
    private sealed record Aggregate(decimal Cost, double P50, double P95, double P99, double WaitP50, double WaitP95, double Utilisation, double MakespanUtilisation, int Fallbacks, int Reclaims, int Completed, int Jobs, int Cycles)
    {
        public static async Task<Aggregate> Of(IReadOnlyList<(SimCluster Cluster, IReadOnlyList<SimJob> Jobs)> runs, double factor, SchedulingPolicy policy, InterruptionModel interruptions)
        {
            var parts = new List<SimulationResult>();
            foreach (var (cluster, jobs) in runs)
            {
                parts.Add(await TraceSimulator.RunAsync(cluster, TraceCompression.Compress(jobs, factor), policy, interruptions).ConfigureAwait(false));
            }

            var jct = parts.SelectMany(p => p.JobCompletionSeconds).Order().ToList();
            var waits = parts.SelectMany(p => p.QueueWaitSeconds).Order().ToList();
            var capacity = parts.Sum(p => p.WindowCapacityGpuSeconds);
            var makespan = parts.Sum(p => p.MakespanHours);
            return new Aggregate(
                parts.Sum(p => p.CostUsd),
                SimulationResult.Percentile(jct, 0.50),
                SimulationResult.Percentile(jct, 0.95),
                SimulationResult.Percentile(jct, 0.99),
                SimulationResult.Percentile(waits, 0.50),
                SimulationResult.Percentile(waits, 0.95),
                capacity == 0 ? 0 : parts.Sum(p => p.WindowGpuSeconds) / capacity,
                makespan == 0 ? 0 : parts.Sum(p => p.MakespanGpuUtilisation * p.MakespanHours) / makespan,
                parts.Sum(p => p.Fallbacks),
                parts.Sum(p => p.SpotReclaims),
                parts.Sum(p => p.Completed),
                parts.Sum(p => p.Jobs),
                parts.Sum(p => p.Cycles));
        }
    }
}
