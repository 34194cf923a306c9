using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// <c>mlplatform:observability</c>: the DCGM exporter, the monitors, alert rules and dashboards the stack deploys, and the
/// thresholds of the alerts (each documented in docs/observability.md with the alert that reads it).
/// </summary>
/// <param name="Enabled">Deploy the observability objects (default true).</param>
/// <param name="DcgmExporterImage">The DCGM exporter image pinned by digest; required when enabled.</param>
/// <param name="SelectorLabels">
/// Labels put on every monitor and rule so the Prometheus selects them; empty means the label the installed
/// kube-prometheus-stack selects on (<c>release: kube-prometheus-stack</c>). Set it when <c>addons.prometheus.address</c>
/// points at another Prometheus.
/// </param>
/// <param name="RunbookBaseUrl">Where docs/observability.md is published; alerts link to its anchors.</param>
/// <param name="GpuIdlePercent">GPU utilisation under which an allocated GPU counts as idle.</param>
/// <param name="GpuIdleMinutes">How long an allocated GPU must stay idle before the alert fires.</param>
/// <param name="QueueWaitObjectiveMinutes">p95 queue wait objective of teams without their own.</param>
/// <param name="TeamQueueWaitObjectiveMinutes">p95 queue wait objective per team name.</param>
/// <param name="SpotReclaimsPerHour">Spot reclaims per pool in an hour above which the reclaim-spike alert fires.</param>
/// <param name="InferenceAvailabilityPercent">Availability objective of every model (errors burn its budget).</param>
/// <param name="InferenceLatencySeconds">Latency objective bound; one of the runtime's SLO bucket edges.</param>
/// <param name="InferenceLatencyPercent">Share of successful requests that must finish under the latency bound.</param>
/// <param name="InferenceQueueDepth">Batching-queue depth per version above which the saturation alert fires.</param>
/// <param name="InferenceRejectedPercent">Share of requests refused as overloaded (HTTP 429) above which the alert fires.</param>
/// <param name="CacheHitRatioPercent">Dataset cache hit ratio under which the cache alert fires.</param>
/// <param name="BudgetProjectionPercent">Projected month-end spend, in percent of the team budget, that fires the budget-burn alert.</param>
/// <param name="LeaderMissingMinutes">How long no scheduler replica may lead before the alert fires.</param>
public sealed record ObservabilitySpec(
    bool Enabled,
    string? DcgmExporterImage,
    ImmutableDictionary<string, string> SelectorLabels,
    string RunbookBaseUrl,
    int GpuIdlePercent,
    int GpuIdleMinutes,
    int QueueWaitObjectiveMinutes,
    ImmutableDictionary<string, int> TeamQueueWaitObjectiveMinutes,
    int SpotReclaimsPerHour,
    decimal InferenceAvailabilityPercent,
    decimal InferenceLatencySeconds,
    decimal InferenceLatencyPercent,
    int InferenceQueueDepth,
    decimal InferenceRejectedPercent,
    int CacheHitRatioPercent,
    int BudgetProjectionPercent,
    int LeaderMissingMinutes)
{
    /// <summary>Where docs/observability.md is read when <c>runbookBaseUrl</c> is not set.</summary>
    public const string DefaultRunbookBaseUrl = "https://github.com/mlplatform/mlplatform/blob/main/docs/observability.md";

    /// <summary>Latency bounds the inference runtime's request-duration histogram has as exact bucket edges.</summary>
    public static readonly ImmutableArray<decimal> LatencyBounds = [0.025m, 0.05m, 0.1m, 0.25m, 0.5m, 1m, 2.5m];

    /// <summary>Every default; <see cref="DcgmExporterImage"/> unset.</summary>
    public static ObservabilitySpec Default { get; } = new(
        true, null, ImmutableDictionary<string, string>.Empty, DefaultRunbookBaseUrl,
        GpuIdlePercent: 10, GpuIdleMinutes: 30, QueueWaitObjectiveMinutes: 30, ImmutableDictionary<string, int>.Empty,
        SpotReclaimsPerHour: 5, InferenceAvailabilityPercent: 99.5m, InferenceLatencySeconds: 0.25m, InferenceLatencyPercent: 99m,
        InferenceQueueDepth: 50, InferenceRejectedPercent: 1m, CacheHitRatioPercent: 80, BudgetProjectionPercent: 100, LeaderMissingMinutes: 2);
}
