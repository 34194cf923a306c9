using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;
using Prometheus;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// The scheduler's Prometheus metrics: queue depth, wait-time percentiles and histograms, GPU allocation, evictions by
/// kind, spot reclaims by pool, cost and savings by team, run results and their cost by team and queue (so PromQL divides
/// completed cost by successful runs), team quotas, budgets and month-to-date spend, fallbacks and decisions. Created
/// through an injected <see cref="IMetricFactory"/>; the alert rules and dashboards of <c>components/Observability</c>
/// query these names.
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
    private readonly Histogram _queueWait;
    private readonly Counter _runs;
    private readonly Counter _runCost;
    private readonly Counter _reclaims;
    private readonly Counter _executorFailures;
    private readonly Gauge _teamGpus;
    private readonly Gauge _teamQuota;
    private readonly Gauge _teamBudget;
    private readonly Gauge _teamMonthSpend;
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
        _queueWait = factory.CreateHistogram("scheduler_queue_wait_seconds", "Time from (re)queue to admission, by team and queue (aggregatable percentiles).",
            new HistogramConfiguration { LabelNames = ["team", "queue"], Buckets = [.. QueueWaitBuckets] });
        _runs = factory.CreateCounter("scheduler_runs_total", "Runs that ended, by team, queue and result (succeeded, failed, cancelled, requeued).", ["team", "queue", "result"]);
        _runCost = factory.CreateCounter("scheduler_run_cost_usd_total", "Accrued cost of every ended run (successful or not), USD, by team and queue.", ["team", "queue"]);
        _executorFailures = factory.CreateCounter("scheduler_executor_failures_total", "Runs the executor could not start or stop, by operation (the engine retries, or fails the job when no retry can help).", ["operation"]);
        _reclaims = factory.CreateCounter("scheduler_spot_reclaims_total", "Runs whose spot node the cloud reclaimed, by pool.", ["pool"]);
        _teamGpus = factory.CreateGauge("scheduler_team_gpus_running", "GPUs held by the team's running jobs.", ["team"]);
        _teamQuota = factory.CreateGauge("scheduler_team_gpu_quota", "The team's GPU quota.", ["team"]);
        _teamBudget = factory.CreateGauge("scheduler_team_budget_usd", "The team's monthly budget, USD (teams without a budget have no series).", ["team"]);
        _teamMonthSpend = factory.CreateGauge("scheduler_team_month_spend_usd", "Month-to-date spend per team from the cost ledger (accrued plus the rest of running estimates), USD.", ["team"]);
        foreach (var pool in configuration.Pools)
        {
            _gpuCapacity.WithLabels(pool.Name, Label(pool.Capacity)).Set(pool.GpusPerNode * pool.NodeCount);
        }

        foreach (var evictionKind in Enum.GetValues<EvictionKind>())
        {
            _evictions.WithLabels(evictionKind.ToString()).IncTo(0);
        }

        foreach (var pool in configuration.Pools.Where(p => p.Capacity == CapacityType.Spot))
        {
            _reclaims.WithLabels(pool.Name).IncTo(0);
        }

        // Every team and queue has its series from the start, so ratios and absent() see zeros rather than nothing.
        foreach (var team in configuration.Teams)
        {
            _teamQuota.WithLabels(team.Name).Set((double)team.GpuQuota);
            _teamGpus.WithLabels(team.Name).Set(0);
            _teamMonthSpend.WithLabels(team.Name).Set(0);
            if (team.MonthlyBudgetUsd is { } budget)
            {
                _teamBudget.WithLabels(team.Name).Set((double)budget);
            }

            foreach (var queue in configuration.Queues)
            {
                _runs.WithLabels(team.Name, queue.Name, Succeeded).IncTo(0);
                _runCost.WithLabels(team.Name, queue.Name).IncTo(0);
            }
        }
    }

    /// <summary>Upper bounds of <c>scheduler_queue_wait_seconds</c>: 5 s to a day, dense around typical objectives.</summary>
    public static IReadOnlyList<double> QueueWaitBuckets { get; } = [5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400];

    private const string Succeeded = "succeeded";

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

        foreach (var team in _configuration.Teams)
        {
            _teamGpus.WithLabels(team.Name).Set(running.Where(j => j.Spec.Team == team.Name).Sum(j => (double)(j.Spec.Gpus * j.Spec.GangSize)));
        }

        foreach (var pool in _configuration.Pools)
        {
            var gpus = running.Where(j => j.Placement?.Pool == pool.Name).Sum(j => (double)(j.Spec.Gpus * j.Spec.GangSize));
            _gpuAllocated.WithLabels(pool.Name, Label(pool.Capacity)).Set(gpus);
        }
    }

    public void Admitted(Job job, TimeSpan wait)
    {
        var seconds = Math.Max(0, wait.TotalSeconds);
        _wait.WithLabels(job.Spec.Queue).Observe(seconds);
        _queueWait.WithLabels(job.Spec.Team, job.Spec.Queue).Observe(seconds);
    }

    public void Evicted(Job job, EvictionKind kind)
    {
        _evictions.WithLabels(kind.ToString()).Inc();
        if (kind == EvictionKind.SpotReclaim)
        {
            _reclaims.WithLabels(job.Placement?.Pool ?? "_unknown").Inc();
        }
    }

    /// <summary>Month-to-date spend per team as the ledger computed it; configured teams missing from it spent nothing.</summary>
    public void MonthSpend(IReadOnlyDictionary<string, decimal> spend)
    {
        ArgumentNullException.ThrowIfNull(spend);
        foreach (var team in _configuration.Teams)
        {
            _teamMonthSpend.WithLabels(team.Name).Set((double)spend.GetValueOrDefault(team.Name));
        }
    }

    public void RunEnded(Job before, Job after)
    {
        var capacity = before.Placement?.Capacity ?? CapacityType.OnDemand;
        _cost.WithLabels(after.Spec.Team, Label(capacity)).Inc((double)Math.Max(0, after.CostUsd - before.CostUsd));
        _savings.WithLabels(after.Spec.Team).Inc((double)Math.Max(0, after.SavingsUsd - before.SavingsUsd));
        _runCost.WithLabels(after.Spec.Team, after.Spec.Queue).Inc((double)Math.Max(0, after.CostUsd - before.CostUsd));
        _runs.WithLabels(after.Spec.Team, after.Spec.Queue, Result(after.State)).Inc();
    }

    public void ExecutorFailed(string operation, Job job, Exception exception) => _executorFailures.WithLabels(operation).Inc();

    private static string Result(JobState state) => state switch
    {
        JobState.Succeeded => Succeeded,
        JobState.Failed => "failed",
        JobState.Cancelled => "cancelled",
        _ => "requeued",
    };

    private static string Label(CapacityType capacity) => capacity == CapacityType.Spot ? "spot" : "on-demand";
}
