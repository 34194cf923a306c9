using System.Collections.Immutable;

namespace MlPlatform.Components.Observability;

/// <summary>
/// The thresholds of the platform's alerts (<c>mlplatform:observability</c>); every default is the one the docs name.
/// </summary>
/// <param name="GpuIdlePercent">DCGM utilisation (%) under which an allocated GPU is idle.</param>
/// <param name="GpuIdleMinutes">Minutes an allocated GPU stays idle before the alert fires.</param>
/// <param name="QueueWaitObjectiveMinutes">p95 queue wait objective of teams without their own.</param>
/// <param name="TeamQueueWaitObjectiveMinutes">p95 queue wait objective per team.</param>
/// <param name="SpotReclaimsPerHour">Reclaims per pool per hour that make a spike.</param>
/// <param name="InferenceAvailabilityPercent">Availability objective (errors burn its budget).</param>
/// <param name="InferenceLatencySeconds">Latency bound: an exact bucket edge of <c>inference_request_duration_seconds</c>.</param>
/// <param name="InferenceLatencyPercent">Share of successful requests that must finish under the bound.</param>
/// <param name="InferenceQueueDepth">Batching-queue depth that means saturation.</param>
/// <param name="InferenceRejectedPercent">Share of requests refused as overloaded (429) that fires the alert.</param>
/// <param name="CacheHitRatioPercent">Dataset cache hit ratio (%) under which the alert fires.</param>
/// <param name="BudgetProjectionPercent">Projected month-end spend in % of budget that fires the budget-burn alert.</param>
/// <param name="LeaderMissingMinutes">Minutes without a leading scheduler replica before the alert fires.</param>
public sealed record AlertThresholds(
    int GpuIdlePercent = 10,
    int GpuIdleMinutes = 30,
    int QueueWaitObjectiveMinutes = 30,
    ImmutableDictionary<string, int>? TeamQueueWaitObjectiveMinutes = null,
    int SpotReclaimsPerHour = 5,
    double InferenceAvailabilityPercent = 99.5,
    double InferenceLatencySeconds = 0.25,
    double InferenceLatencyPercent = 99,
    int InferenceQueueDepth = 50,
    double InferenceRejectedPercent = 1,
    int CacheHitRatioPercent = 80,
    int BudgetProjectionPercent = 100,
    int LeaderMissingMinutes = 2)
{
    /// <summary>The defaults.</summary>
    public static AlertThresholds Default { get; } = new();

    /// <summary>The team's objective in minutes: its own, else the default.</summary>
    public int QueueWaitObjectiveFor(string team) =>
        TeamQueueWaitObjectiveMinutes is { } own && own.TryGetValue(team, out var minutes) ? minutes : QueueWaitObjectiveMinutes;
}
