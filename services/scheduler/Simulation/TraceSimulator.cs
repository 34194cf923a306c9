using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using MlPlatform.Scheduler.Storage;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// Discrete-event replay of a trace through the real <see cref="SchedulerEngine"/> (and so the real
/// <see cref="CycleDecider"/>): events are arrivals, run ends, spot reclaims, node recoveries and queue-age thresholds;
/// after each event time the engine runs one cycle on the virtual clock.
/// </summary>
public static class TraceSimulator
{
    /// <summary>The share of a trace's earliest arrivals that arrive before its utilisation window opens.</summary>
    public const double WindowStartQuantile = 0.01;

    /// <summary>Replays <paramref name="jobs"/> on <paramref name="cluster"/> with <paramref name="policy"/>.</summary>
    public static async Task<SimulationResult> RunAsync(SimCluster cluster, IReadOnlyList<SimJob> jobs, SchedulingPolicy policy, InterruptionModel interruptions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(interruptions);
        var arrivals = new Queue<SimJob>(jobs.OrderBy(j => j.Arrival).ThenBy(j => j.Id, StringComparer.Ordinal));
        if (arrivals.Count == 0)
        {
            return new SimulationResult(policy.CapacityStrategy, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [], [], 0, 0);
        }

        var start = arrivals.Peek().Arrival;
        var lastArrival = jobs.Max(j => j.Arrival);
        var clock = new VirtualClock(start);
        var store = new InMemoryJobStore();
        var executor = new SimulatedExecutor(clock, jobs, interruptions);
        var stats = new Statistics();
        var configuration = new SchedulerConfiguration(cluster.Pools, cluster.Teams, cluster.Queues, policy);
        var engine = new SchedulerEngine(store, executor, configuration, clock, stats, executor);
        var random = new Random(interruptions.Seed);
        var spotNodes = cluster.Pools.Where(p => p.Capacity == CapacityType.Spot).SelectMany(p => Enumerable.Range(0, p.NodeCount).Select(p.NodeName)).ToList();
        var reclaimRatePerHour = interruptions.ReclaimsPerNodeHour * spotNodes.Count;
        DateTimeOffset? nextReclaim = reclaimRatePerHour > 0 ? start + Exponential(random, reclaimRatePerHour) : null;
        var cycles = 0;

        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
            if (arrivals.Count == 0 && active.Count == 0)
            {
                break;
            }

            // The next event: an arrival, a run end, a node back, a pending job crossing the queue-age threshold or its back-off.
            DateTimeOffset? next = arrivals.Count > 0 ? arrivals.Peek().Arrival : null;
            next = Min(next, executor.NextRunEnd());
            var anyWaiting = false;
            foreach (var job in active)
            {
                if (job.State != JobState.Pending)
                {
                    continue;
                }

                anyWaiting = true;

                var threshold = job.EnqueuedAt + policy.QueueAgeThreshold;
                if (threshold > now)
                {
                    next = Min(next, threshold);
                }

                if (job.NotBefore is { } notBefore && notBefore > now)
                {
                    next = Min(next, notBefore);
                }
            }

            if (anyWaiting)
            {
                // A node coming back matters only to jobs that wait.
                next = Min(next, executor.NextRecovery(now));
            }

            if (next is null)
            {
                // Nothing can change any more: the remaining jobs can never be placed.
                break;
            }

            if (nextReclaim is { } reclaim && reclaim <= next.Value)
            {
                // A reclaim that hits a run is an event of its own (the engine requeues the run at that time).
                clock.AdvanceTo(reclaim);
                nextReclaim = reclaim + Exponential(random, reclaimRatePerHour);
                if (executor.Reclaim(spotNodes[random.Next(spotNodes.Count)]))
                {
                    await engine.RunCycleAsync(cancellationToken).ConfigureAwait(false);
                    cycles++;
                }

                continue;
            }

            clock.AdvanceTo(next.Value);
            now = clock.GetUtcNow();
            while (arrivals.Count > 0 && arrivals.Peek().Arrival <= now)
            {
                var job = arrivals.Dequeue();
                await store.SubmitAsync(JobTransitions.Submitted(job.Id, job.Spec, job.Arrival), cancellationToken).ConfigureAwait(false);
            }

            await engine.RunCycleAsync(cancellationToken).ConfigureAwait(false);
            cycles++;
        }

        var all = await store.ListAsync(new JobQuery(Limit: int.MaxValue), cancellationToken).ConfigureAwait(false);
        var done = all.Where(j => j.State == JobState.Succeeded).ToList();
        var jct = done.Select(j => (j.FinishedAt!.Value - j.SubmittedAt).TotalSeconds).Order().ToList();
        var waits = done.Select(j => stats.Waited.GetValueOrDefault(j.Id).TotalSeconds).Order().ToList();
        var end = done.Count == 0 ? start : done.Max(j => j.FinishedAt!.Value);
        var makespan = Math.Max(1, (end - start).TotalSeconds);
        // The arrival window is the same for every strategy (requeues after reclaims do not stretch it); a trace whose
        // jobs all arrive at once is measured over its makespan. It opens at the arrival of the job at the
        // WindowStartQuantile of arrivals: a snapshot trace's lead-in (openb: 27 long-lived pods over the first 115 of
        // its 149 days, still running when the snapshot was taken) would otherwise dilute utilisation at any compression.
        var windowStart = jobs.Select(j => j.Arrival).Order().ElementAt((int)(WindowStartQuantile * (jobs.Count - 1)));
        var window = lastArrival > windowStart ? (lastArrival - windowStart).TotalSeconds : makespan;
        if (lastArrival <= windowStart)
        {
            windowStart = start;
        }

        var windowGpuSeconds = executor.AllocatedGpuSecondsWithin(windowStart, windowStart + TimeSpan.FromSeconds(window));
        return new SimulationResult(
            policy.CapacityStrategy,
            jobs.Count,
            done.Count,
            all.Sum(j => j.CostUsd),
            all.Sum(j => j.OnDemandCostUsd),
            SimulationResult.Percentile(jct, 0.50),
            SimulationResult.Percentile(jct, 0.95),
            SimulationResult.Percentile(jct, 0.99),
            SimulationResult.Percentile(waits, 0.50),
            SimulationResult.Percentile(waits, 0.95),
            windowGpuSeconds / (cluster.TraceGpus * window),
            executor.AllocatedGpuSeconds / (cluster.TraceGpus * makespan),
            stats.Fallbacks,
            stats.SpotReclaims,
            stats.Preemptions,
            cycles,
            makespan / 3600,
            jct,
            waits,
            windowGpuSeconds,
            cluster.TraceGpus * window);
    }

    private static TimeSpan Exponential(Random random, double ratePerHour) =>
        TimeSpan.FromHours(-Math.Log(1 - random.NextDouble()) / ratePerHour);

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;

    private sealed class Statistics : ISchedulerObserver
    {
        public int Fallbacks { get; private set; }

        public int SpotReclaims { get; private set; }

        public int Preemptions { get; private set; }

        public Dictionary<string, TimeSpan> Waited { get; } = new(StringComparer.Ordinal);

        public void CycleCompleted(IReadOnlyList<Decision> decisions, IReadOnlyList<Job> pending, IReadOnlyList<Job> running, DateTimeOffset now) =>
            Fallbacks += decisions.Count(d => d.Placement is { Fallback: true });

        public void Admitted(Job job, TimeSpan wait)
        {
            Waited[job.Id] = Waited.GetValueOrDefault(job.Id) + wait;
        }

        public void Evicted(Job job, EvictionKind kind)
        {
            if (kind == EvictionKind.SpotReclaim)
            {
                SpotReclaims++;
            }
            else if (kind == EvictionKind.Preempted)
            {
                Preemptions++;
            }
        }

        public void RunEnded(Job before, Job after)
        {
        }

        public void ExecutorFailed(string operation, Job job, Exception exception)
        {
        }
    }
}
