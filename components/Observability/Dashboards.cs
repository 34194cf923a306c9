using System.Collections.Immutable;

namespace MlPlatform.Components.Observability;

/// <summary>
/// The platform's Grafana dashboards, typed: platform overview (GPUs by pool and capacity type, utilisation, spot share,
/// fallbacks), teams (queue wait, running GPUs against quota, spend against budget, cost per successful run) and
/// inference (rate, latency percentiles, errors, batch size, canary against champion, per model and version).
/// </summary>
public static class Dashboards
{
    /// <summary>All three, in the order the docs describe them.</summary>
    public static ImmutableArray<Dashboard> All { get; } = [PlatformOverview(), Teams(), Inference()];

    public static Dashboard PlatformOverview() => new("mlplatform-overview", "ML platform / Overview",
    [
        Panel("GPUs by pool and capacity type (DCGM)", "short", Q("count by (pool, capacity_type) (DCGM_FI_DEV_GPU_UTIL)", "{{pool}} {{capacity_type}}")),
        Panel("GPUs allocated and capacity (scheduler)", "short",
            Q("max by (pool, capacity) (scheduler_gpu_allocated)", "allocated {{pool}} {{capacity}}"),
            Q("max by (pool, capacity) (scheduler_gpu_capacity)", "capacity {{pool}} {{capacity}}")),
        Panel("GPU utilisation by pool", "percent", Q("avg by (pool, capacity_type) (DCGM_FI_DEV_GPU_UTIL)", "{{pool}} {{capacity_type}}")),
        Panel("Tensor core activity by pool", "percentunit", Q("avg by (pool) (DCGM_FI_PROF_PIPE_TENSOR_ACTIVE)", "{{pool}}")),
        Panel("Spot share of GPUs", "percentunit", [Q("count(DCGM_FI_DEV_GPU_UTIL{capacity_type=\"spot\"}) / count(DCGM_FI_DEV_GPU_UTIL)", "spot share")], DashboardPanel.Stat),
        Panel("Fallbacks to on-demand (per hour)", "short", Q("sum by (reason) (increase(scheduler_fallbacks_total[1h]))", "{{reason}}")),
        Panel("Spot reclaims (per hour)", "short", Q("sum by (pool) (increase(scheduler_spot_reclaims_total[1h]))", "{{pool}}")),
        Panel("GPU memory used by pool", "decmbytes", Q("sum by (pool) (DCGM_FI_DEV_FB_USED)", "{{pool}}")),
        Panel("Dataset cache hit ratio by node", "percentunit",
            Q("sum by (node) (rate(dataset_cache_hits_total[1h])) / (sum by (node) (rate(dataset_cache_hits_total[1h])) + sum by (node) (rate(dataset_cache_misses_total[1h])))", "{{node}}")),
        Panel("Dataset bytes fetched (per hour)", "bytes", Q("sum by (node) (increase(dataset_cache_fetched_bytes_total[1h]))", "{{node}}")),
        Panel("Scheduler leader", "short", [Q("max(scheduler_leader)", "leader")], DashboardPanel.Stat),
    ]);

    public static Dashboard Teams() => new("mlplatform-teams", "ML platform / Teams",
    [
        Panel("Queue wait p95 by team and queue", "s",
            Q("histogram_quantile(0.95, sum by (team, queue, le) (rate(scheduler_queue_wait_seconds_bucket[30m])))", "{{team}} {{queue}}")),
        Panel("Queue depth by queue", "short", Q("max by (queue) (scheduler_queue_depth)", "{{queue}}")),
        Panel("Running GPUs against quota", "short",
            Q("max by (team) (scheduler_team_gpus_running)", "running {{team}}"),
            Q("max by (team) (scheduler_team_gpu_quota)", "quota {{team}}")),
        Panel("Month-to-date spend against budget", "currencyUSD",
            Q("max by (team) (scheduler_team_month_spend_usd)", "spend {{team}}"),
            Q("max by (team) (scheduler_team_budget_usd)", "budget {{team}}")),
        Panel("Cost per successful run (7 days)", "currencyUSD",
            Q("sum by (team, queue) (increase(scheduler_run_cost_usd_total[7d])) / sum by (team, queue) (increase(scheduler_runs_total{result=\"succeeded\"}[7d]))", "{{team}} {{queue}}")),
        Panel("Runs by result (per hour)", "short", Q("sum by (team, result) (increase(scheduler_runs_total[1h]))", "{{team}} {{result}}")),
        Panel("Spend by capacity type (per day)", "currencyUSD", Q("sum by (team, capacity) (increase(scheduler_cost_usd_total[1d]))", "{{team}} {{capacity}}")),
        Panel("Spot savings (per day)", "currencyUSD", Q("sum by (team) (increase(scheduler_savings_usd_total[1d]))", "{{team}}")),
    ]);

    public static Dashboard Inference() => new("mlplatform-inference", "ML platform / Inference",
    [
        Panel("Requests per second by model and version", "reqps", Q("sum by (model, version) (rate(inference_requests_total[5m]))", "{{model}} v{{version}}")),
        Panel("Latency p50 / p95 / p99", "s",
            Q("histogram_quantile(0.5, sum by (model, version, le) (rate(inference_request_duration_seconds_bucket[5m])))", "p50 {{model}} v{{version}}"),
            Q("histogram_quantile(0.95, sum by (model, version, le) (rate(inference_request_duration_seconds_bucket[5m])))", "p95 {{model}} v{{version}}"),
            Q("histogram_quantile(0.99, sum by (model, version, le) (rate(inference_request_duration_seconds_bucket[5m])))", "p99 {{model}} v{{version}}")),
        Panel("Errors by outcome", "reqps", Q("sum by (model, version, outcome) (rate(inference_requests_total{outcome!=\"success\"}[5m]))", "{{model}} v{{version}} {{outcome}}")),
        Panel("Error ratio", "percentunit",
            Q("sum by (model) (rate(inference_requests_total{outcome=~\"failed|unavailable\"}[5m])) / sum by (model) (rate(inference_requests_total[5m]))", "{{model}}")),
        Panel("Mean batch size", "short",
            Q("sum by (model, version) (rate(inference_batch_size_sum[5m])) / sum by (model, version) (rate(inference_batch_size_count[5m]))", "{{model}} v{{version}}")),
        Panel("Queue depth and wait p95", "short",
            Q("max by (model, version) (inference_queue_depth)", "depth {{model}} v{{version}}"),
            Q("histogram_quantile(0.95, sum by (model, version, le) (rate(inference_queue_wait_seconds_bucket[5m])))", "wait p95 (s) {{model}} v{{version}}")),
        Panel("Canary against champion: traffic share", "percentunit",
            Q("sum by (model, version) (rate(inference_requests_total{outcome=\"success\"}[5m])) / ignoring (version) group_left sum by (model) (rate(inference_requests_total{outcome=\"success\"}[5m]))", "{{model}} v{{version}}")),
        Panel("Canary against champion: p95 latency", "s",
            Q("histogram_quantile(0.95, sum by (model, version, le) (rate(inference_request_duration_seconds_bucket[15m])))", "{{model}} v{{version}}")),
        Panel("Rollbacks and shadow mismatches (per hour)", "short",
            Q("sum by (model, version) (increase(inference_canary_rollbacks_total[1h]))", "rollback {{model}} v{{version}}"),
            Q("sum by (model, version) (increase(inference_shadow_comparisons_total{result=\"mismatch\"}[1h]))", "shadow mismatch {{model}} v{{version}}")),
        Panel("Ready versions", "short", Q("sum by (model, version) (inference_model_ready)", "{{model}} v{{version}}")),
    ]);

    private static DashboardPanel Panel(string title, string unit, params DashboardQuery[] queries) => new(title, unit, [.. queries]);

    private static DashboardPanel Panel(string title, string unit, DashboardQuery[] queries, string type) => new(title, unit, [.. queries], type);

    private static DashboardQuery Q(string expression, string legend) => new(expression, legend);
}
