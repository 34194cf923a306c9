using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using Prometheus;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// The scheduler's Prometheus metrics: queue depth, wait-time percentiles, GPU allocation, evictions by kind, cost and
/// savings by team, fallbacks and decisions. Created through an injected <see cref="IMetricFactory"/>.
/// </summary>
internal sealed class SchedulerMetrics : ISchedulerObserver
{
    private readonly Gauge _queueDepth;
    private readonly Gauge _running;
    private readonly Summary _wait;
    private readonly Gauge _gpuAllocated;
    private readonly Gauge _gpuCapacity;
    private readonly Counter _evictions;
    private readonly Counter _cost;
    private readonly Counter _savings;
    private readonly Counter _fallbacks;
    private readonly Counter _decisions;
    private readonly Counter _submits;
    private readonly SchedulerConfiguration _configuration;

    public SchedulerMetrics(IMetricFactory factory, SchedulerConfiguration configuration)
    {
        _configuration = configuration;
        _queueDepth = factory.CreateGauge("scheduler_queue_depth", "Jobs waiting (pending or held) per queue.", ["queue"]);
        _running = factory.CreateGauge("scheduler_jobs_running", "Jobs running per queue.", ["queue"]);
        _wait = factory.CreateSummary("scheduler_job_wait_seconds", "Time from (re)queue to admission.", ["queue"], new SummaryConfiguration
        {
            Objectives = [new QuantileEpsilonPair(0.5, 0.05), new QuantileEpsilonPair(0.9, 0.01), new QuantileEpsilonPair(0.95, 0.005), new QuantileEpsilonPair(0.99, 0.001)],
            MaxAge = TimeSpan.FromMinutes(10),
        });
        _gpuAllocated = factory.CreateGauge("scheduler_gpu_allocated", "GPUs allocated to running jobs per pool.", ["pool", "capacity"]);
        _gpuCapacity = factory.CreateGauge("scheduler_gpu_capacity", "GPUs in each pool.", ["pool", "capacity"]);
        _evictions = factory.CreateCounter("scheduler_evictions_total", "Runs that ended early, by kind.", ["kind"]);
        _cost = factory.CreateCounter("scheduler_cost_usd_total", "Accrued cost of finished or evicted runs, USD.", ["team", "capacity"]);
        _savings = factory.CreateCounter("scheduler_savings_usd_total", "What spot saved against on-demand, USD.", ["team"]);
        _fallbacks = factory.CreateCounter("scheduler_fallbacks_total", "Spot-eligible jobs placed on on-demand, by reason.", ["reason"]);
        _decisions = factory.CreateCounter("scheduler_decisions_total", "Scheduling decisions by outcome and reason.", ["outcome", "reason"]);
        _submits = factory.CreateCounter("scheduler_submits_total", "Submit requests by result.", ["result"]);
        foreach (var pool in configuration.Pools)
        {
            _gpuCapacity.WithLabels(pool.Name, Label(pool.Capacity)).Set(pool.GpusPerNode * pool.NodeCount);
        }

        foreach (var evictionKind in Enum.GetValues<EvictionKind>())
        {
            _evictions.WithLabels(evictionKind.ToString()).IncTo(0);
        }
    }

    public void Submitted(string result) => _submits.WithLabels(result).Inc();

    public void CycleCompleted(IReadOnlyList<Decision> decisions, IReadOnlyList<Job> pending, IReadOnlyList<Job> running, DateTimeOffset now)
    {
        foreach (var decision in decisions)
        {
            _decisions.WithLabels(decision.Outcome.ToString(), decision.Reason).Inc();
            if (decision.Placement is { Fallback: true })
            {
                _fallbacks.WithLabels(decision.Reason).Inc();
            }
        }

        foreach (var queue in _configuration.Queues)
        {
            _queueDepth.WithLabels(queue.Name).Set(pending.Count(j => j.Spec.Queue == queue.Name));
            _running.WithLabels(queue.Name).Set(running.Count(j => j.Spec.Queue == queue.Name));
        }

        foreach (var pool in _configuration.Pools)
        {
            var gpus = running.Where(j => j.Placement?.Pool == pool.Name).Sum(j => (double)(j.Spec.Gpus * j.Spec.GangSize));
            _gpuAllocated.WithLabels(pool.Name, Label(pool.Capacity)).Set(gpus);
        }
    }

    public void Admitted(Job job, TimeSpan wait) => _wait.WithLabels(job.Spec.Queue).Observe(Math.Max(0, wait.TotalSeconds));

    public void Evicted(Job job, EvictionKind kind) => _evictions.WithLabels(kind.ToString()).Inc();

    public void RunEnded(Job before, Job after)
    {
        var capacity = before.Placement?.Capacity ?? CapacityType.OnDemand;
        _cost.WithLabels(after.Spec.Team, Label(capacity)).Inc((double)Math.Max(0, after.CostUsd - before.CostUsd));
        _savings.WithLabels(after.Spec.Team).Inc((double)Math.Max(0, after.SavingsUsd - before.SavingsUsd));
    }

    private static string Label(CapacityType capacity) => capacity == CapacityType.Spot ? "spot" : "on-demand";
}
