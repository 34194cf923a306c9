using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Observability;

/// <summary>
/// The platform's alerting rules from its thresholds: GPUs allocated but idle, queue wait over each team's objective,
/// spot reclaim spikes, inference error and latency SLO burn (multi-window, multi-burn-rate), inference saturation and
/// 429s, dataset cache hit ratio, scheduler leader missing, and team budget burn. Pure data, tested without Pulumi.
/// </summary>
public static class AlertRules
{
    /// <summary>Group of the GPU alerts.</summary>
    public const string GpuGroup = "mlplatform.gpu";

    /// <summary>Group of the scheduler alerts.</summary>
    public const string SchedulerGroup = "mlplatform.scheduler";

    /// <summary>Group of the inference alerts.</summary>
    public const string InferenceGroup = "mlplatform.inference";

    /// <summary>Group of the dataset cache alerts.</summary>
    public const string DatasetCacheGroup = "mlplatform.dataset-cache";

    /// <summary>Fast and slow burn windows (long, short, burn rate, hold, severity), as in the Google SRE workbook.</summary>
    public static readonly ImmutableArray<(string Long, string Short, double BurnRate, string For, string Severity)> BurnWindows =
    [
        ("1h", "5m", 14.4, "2m", AlertSeverity.Critical),
        ("6h", "30m", 6, "15m", AlertSeverity.Critical),
        ("3d", "6h", 1, "1h", AlertSeverity.Warning),
    ];

    /// <summary>
    /// Every rule. <paramref name="teams"/> get one queue-wait rule each (their objective) and one more covers every team
    /// not listed with the default objective; <paramref name="dcgmNamespace"/> is where the exporter runs, whose own pod
    /// labels mark GPUs no workload holds.
    /// </summary>
    public static ImmutableArray<AlertRule> For(AlertThresholds thresholds, IReadOnlyList<string> teams, string dcgmNamespace)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(teams);
        var rules = ImmutableArray.CreateBuilder<AlertRule>();
        rules.Add(GpuIdle(thresholds, dcgmNamespace));
        rules.AddRange(QueueWait(thresholds, teams));
        rules.Add(SpotReclaimSpike(thresholds));
        rules.Add(LeaderMissing(thresholds));
        rules.Add(BudgetBurn(thresholds));
        rules.AddRange(ErrorBudgetBurn(thresholds));
        rules.AddRange(LatencyBudgetBurn(thresholds));
        rules.Add(QueueSaturation(thresholds));
        rules.Add(Rejections(thresholds));
        rules.Add(CacheHitRatio(thresholds));
        return rules.ToImmutable();
    }

    /// <summary>The groups of <paramref name="rules"/> in order, each with its rules.</summary>
    public static ImmutableArray<(string Name, ImmutableArray<AlertRule> Rules)> Groups(IEnumerable<AlertRule> rules) =>
        [.. rules.GroupBy(r => r.Group).Select(g => (g.Key, g.ToImmutableArray()))];

    private static AlertRule GpuIdle(AlertThresholds t, string dcgmNamespace) => new(
        GpuGroup,
        "GpuAllocatedButIdle",
        // A GPU a workload holds carries that workload's pod and namespace (the exporter's pod mapping); GPUs nobody
        // holds carry the exporter's own, which the matcher leaves out.
        $"avg by (node, pool, capacity_type, namespace, pod) (DCGM_FI_DEV_GPU_UTIL{{pod!=\"\", namespace!=\"{dcgmNamespace}\"}}) < {t.GpuIdlePercent}",
        $"{t.GpuIdleMinutes}m",
        AlertSeverity.Warning,
        "GPUs allocated to {{ $labels.namespace }}/{{ $labels.pod }} are idle",
        $"The GPUs of pod {{{{ $labels.namespace }}}}/{{{{ $labels.pod }}}} on {{{{ $labels.node }}}} (pool {{{{ $labels.pool }}}}, {{{{ $labels.capacity_type }}}}) averaged {{{{ $value | humanize }}}} % utilisation for {t.GpuIdleMinutes} minutes (threshold {t.GpuIdlePercent} %).");

    private static IEnumerable<AlertRule> QueueWait(AlertThresholds t, IReadOnlyList<string> teams)
    {
        foreach (var team in teams)
        {
            yield return QueueWaitRule(t.QueueWaitObjectiveFor(team), $"team=\"{team}\"", ImmutableDictionary<string, string>.Empty.Add("team", team));
        }

        var others = teams.Count == 0 ? string.Empty : $"team!~\"{string.Join('|', teams)}\"";
        yield return QueueWaitRule(t.QueueWaitObjectiveMinutes, others, null);
    }

    private static AlertRule QueueWaitRule(int objectiveMinutes, string matcher, ImmutableDictionary<string, string>? labels)
    {
        var seconds = objectiveMinutes * 60;
        return new AlertRule(
            SchedulerGroup,
            "QueueWaitAboveObjective",
            $"histogram_quantile(0.95, sum by (team, queue, le) (rate(scheduler_queue_wait_seconds_bucket{{{matcher}}}[30m]))) > {seconds}",
            "15m",
            AlertSeverity.Warning,
            "Queue wait p95 of {{ $labels.team }} in {{ $labels.queue }} is above its objective",
            $"Jobs of team {{{{ $labels.team }}}} in queue {{{{ $labels.queue }}}} waited {{{{ $value | humanizeDuration }}}} at p95 over 30 minutes; the objective is {objectiveMinutes} minutes.",
            labels);
    }

    private static AlertRule SpotReclaimSpike(AlertThresholds t) => new(
        SchedulerGroup,
        "SpotReclaimSpike",
        $"sum by (pool) (increase(scheduler_spot_reclaims_total[1h])) > {t.SpotReclaimsPerHour}",
        null,
        AlertSeverity.Warning,
        "Spot reclaims spiked in pool {{ $labels.pool }}",
        $"{{{{ $value | humanize }}}} runs lost their spot node in pool {{{{ $labels.pool }}}} in the last hour (threshold {t.SpotReclaimsPerHour}).");

    private static AlertRule LeaderMissing(AlertThresholds t) => new(
        SchedulerGroup,
        "SchedulerLeaderMissing",
        // vector(0) stands in when no replica reports at all (all down, or not scraped).
        "(max(scheduler_leader) or vector(0)) < 1",
        $"{t.LeaderMissingMinutes}m",
        AlertSeverity.Critical,
        "No scheduler replica runs the scheduling loop",
        $"No scheduler replica has led for {t.LeaderMissingMinutes} minutes: nothing is admitted, finished runs are not accounted.");

    private static AlertRule BudgetBurn(AlertThresholds t) => new(
        SchedulerGroup,
        "TeamBudgetBurn",
        // Month-to-date spend over the elapsed fraction of the month, from day 3 on (earlier projections are noise).
        "max by (team) (scheduler_team_month_spend_usd) / scalar((day_of_month() - 1 + hour() / 24) / days_in_month())"
            + $" > on (team) max by (team) (scheduler_team_budget_usd) * {Number(t.BudgetProjectionPercent / 100.0)}"
            + " and on () day_of_month() >= 3",
        "1h",
        AlertSeverity.Warning,
        "Team {{ $labels.team }} is projected over its monthly budget",
        $"At this month's pace team {{{{ $labels.team }}}} spends {{{{ $value | humanize }}}} USD by month end, over {t.BudgetProjectionPercent} % of its budget (from the scheduler's cost ledger).");

    private static IEnumerable<AlertRule> ErrorBudgetBurn(AlertThresholds t)
    {
        var budget = 1 - (t.InferenceAvailabilityPercent / 100);
        foreach (var (longWindow, shortWindow, rate, hold, severity) in BurnWindows)
        {
            yield return new AlertRule(
                InferenceGroup,
                "InferenceErrorBudgetBurn",
                $"({ErrorRatio(longWindow)} > {Number(rate * budget)}) and ({ErrorRatio(shortWindow)} > {Number(rate * budget)})",
                hold,
                severity,
                "Model {{ $labels.model }} burns its error budget " + Number(rate) + "x too fast",
                $"Errors of model {{{{ $labels.model }}}} are {{{{ $value | humanizePercentage }}}} of requests over {shortWindow} and {longWindow}: {Number(rate)} times the rate that spends the {Number(100 - t.InferenceAvailabilityPercent)} % error budget in 30 days.",
                ImmutableDictionary<string, string>.Empty.Add("window", longWindow));
        }
    }

    private static IEnumerable<AlertRule> LatencyBudgetBurn(AlertThresholds t)
    {
        var budget = 1 - (t.InferenceLatencyPercent / 100);
        foreach (var (longWindow, shortWindow, rate, hold, severity) in BurnWindows)
        {
            yield return new AlertRule(
                InferenceGroup,
                "InferenceLatencyBudgetBurn",
                $"({SlowRatio(longWindow, t.InferenceLatencySeconds)} > {Number(rate * budget)}) and ({SlowRatio(shortWindow, t.InferenceLatencySeconds)} > {Number(rate * budget)})",
                hold,
                severity,
                "Model {{ $labels.model }} burns its latency budget " + Number(rate) + "x too fast",
                $"{{{{ $value | humanizePercentage }}}} of successful requests of model {{{{ $labels.model }}}} took longer than {Number(t.InferenceLatencySeconds)} s over {shortWindow} and {longWindow}; the objective allows {Number(100 - t.InferenceLatencyPercent)} %.",
                ImmutableDictionary<string, string>.Empty.Add("window", longWindow));
        }
    }

    private static AlertRule QueueSaturation(AlertThresholds t) => new(
        InferenceGroup,
        "InferenceQueueSaturated",
        $"max by (namespace, model, version) (inference_queue_depth) > {t.InferenceQueueDepth}",
        "10m",
        AlertSeverity.Warning,
        "The batching queue of {{ $labels.model }} {{ $labels.version }} is saturated",
        $"A replica of {{{{ $labels.model }}}} version {{{{ $labels.version }}}} has had more than {t.InferenceQueueDepth} requests waiting for 10 minutes (now {{{{ $value }}}}).");

    private static AlertRule Rejections(AlertThresholds t) => new(
        InferenceGroup,
        "InferenceRequestsRejected",
        "sum by (model) (rate(inference_requests_total{outcome=\"overloaded\"}[5m])) / sum by (model) (rate(inference_requests_total[5m]))"
            + $" > {Number(t.InferenceRejectedPercent / 100)}",
        "10m",
        AlertSeverity.Warning,
        "Model {{ $labels.model }} refuses requests as overloaded (429)",
        $"{{{{ $value | humanizePercentage }}}} of the requests to {{{{ $labels.model }}}} were refused with 429 over 5 minutes (threshold {Number(t.InferenceRejectedPercent)} %).");

    private static AlertRule CacheHitRatio(AlertThresholds t) => new(
        DatasetCacheGroup,
        "DatasetCacheHitRatioLow",
        "sum by (node) (increase(dataset_cache_hits_total[6h])) / (sum by (node) (increase(dataset_cache_hits_total[6h])) + sum by (node) (increase(dataset_cache_misses_total[6h])) > 0)"
            + $" < {Number(t.CacheHitRatioPercent / 100.0)}",
        "1h",
        AlertSeverity.Warning,
        "The dataset cache on {{ $labels.node }} misses too often",
        $"Only {{{{ $value | humanizePercentage }}}} of dataset versions requested on {{{{ $labels.node }}}} over 6 hours were already cached (threshold {t.CacheHitRatioPercent} %).");

    // Server-side failures over requests the runtime accepted for a known model (client mistakes spend no budget).
    private static string ErrorRatio(string window) =>
        $"sum by (model) (rate(inference_requests_total{{outcome=~\"failed|unavailable\"}}[{window}])) / sum by (model) (rate(inference_requests_total{{outcome!~\"bad_request|not_found\"}}[{window}]))";

    private static string SlowRatio(string window, double bound) =>
        $"(1 - sum by (model) (rate(inference_request_duration_seconds_bucket{{le=\"{Number(bound)}\"}}[{window}])) / sum by (model) (rate(inference_request_duration_seconds_count[{window}])))";

    /// <summary>A number as PromQL and Prometheus' <c>le</c> labels write it (invariant, shortest round-trip form).</summary>
    public static string Number(double value) => Math.Round(value, 9).ToString("R", CultureInfo.InvariantCulture);
}
