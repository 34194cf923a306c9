using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MlPlatform.Inference.Bench;

/// <summary>Prints the table and writes the flat JSON figures.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The table (markdown), with each scenario's ratio to the in-process ceiling and the target checks.</summary>
    public static string Table(IReadOnlyList<ScenarioResult> results, IReadOnlyDictionary<string, double> figures)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(figures);
        var ceiling = figures["ceiling_throughput"];
        var text = new StringBuilder();
        text.AppendLine("| scenario | throughput (img/s) | p50 (ms) | p99 (ms) | × ceiling | errors |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Throughput:F1} | {r.P50Ms:F2} | {r.P99Ms:F2} | {r.Throughput / ceiling:F2} | {r.Errors} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"ceiling (best in-process batch): {ceiling:F1} img/s; best HTTP: {figures["best_http_throughput"]:F1} img/s = {figures["best_http_ratio"]:F2} × ceiling (target ≥ 0.90: {(figures["best_http_ratio"] >= 0.9 ? "met" : "MISSED")})");
        text.AppendLine(CultureInfo.InvariantCulture, $"p99 overhead at concurrency 1 vs in-process batch 1: batching on {figures["c1_p99_overhead_ms_batching_on"]:F2} ms, off {figures["c1_p99_overhead_ms_batching_off"]:F2} ms (target ≤ 0.50: {Verdict(Math.Min(figures["c1_p99_overhead_ms_batching_on"], figures["c1_p99_overhead_ms_batching_off"]))}); p50 overhead: on {figures["c1_p50_overhead_ms_batching_on"]:F2} ms, off {figures["c1_p50_overhead_ms_batching_off"]:F2} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} logical CPUs, load average {LoadAverage()} when the run ended (other work on the same cores makes latencies noisy; negative overheads are noise)");
        return text.ToString();
    }

    private static string Verdict(double overheadMs) =>
        overheadMs < 0 ? "inconclusive: HTTP p99 below in-process p99 means noise dominates" : overheadMs <= 0.5 ? "met" : "MISSED";

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>Flat name → number pairs for every scenario and the derived figures.</summary>
    public static Dictionary<string, double> Figures(IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in results)
        {
            figures[$"{r.Key}_throughput"] = Math.Round(r.Throughput, 2);
            figures[$"{r.Key}_p50_ms"] = Math.Round(r.P50Ms, 3);
            figures[$"{r.Key}_p99_ms"] = Math.Round(r.P99Ms, 3);
            figures[$"{r.Key}_errors"] = r.Errors;
        }

        var ceiling = results.Where(r => r.Key.StartsWith("inprocess_", StringComparison.Ordinal)).Max(r => r.Throughput);
        var bestHttp = results.Where(r => r.Key.StartsWith("http_", StringComparison.Ordinal)).Max(r => r.Throughput);
        var b1 = results.Single(r => r.Key == "inprocess_b1");
        figures["ceiling_throughput"] = Math.Round(ceiling, 2);
        figures["best_http_throughput"] = Math.Round(bestHttp, 2);
        figures["best_http_ratio"] = Math.Round(bestHttp / ceiling, 3);
        foreach (var r in results.Where(r => r.Key.StartsWith("http_", StringComparison.Ordinal)))
        {
            figures[$"{r.Key}_ratio"] = Math.Round(r.Throughput / ceiling, 3);
        }

        figures["c1_p99_overhead_ms_batching_on"] = Math.Round(results.Single(r => r.Key == "http_batching_on_c1").P99Ms - b1.P99Ms, 3);
        figures["c1_p99_overhead_ms_batching_off"] = Math.Round(results.Single(r => r.Key == "http_batching_off_c1").P99Ms - b1.P99Ms, 3);
        figures["c1_p50_overhead_ms_batching_on"] = Math.Round(results.Single(r => r.Key == "http_batching_on_c1").P50Ms - b1.P50Ms, 3);
        figures["c1_p50_overhead_ms_batching_off"] = Math.Round(results.Single(r => r.Key == "http_batching_off_c1").P50Ms - b1.P50Ms, 3);
        return figures;
    }

    /// <summary>Writes the figures as one flat JSON object.</summary>
    public static void WriteJson(string path, IReadOnlyDictionary<string, double> figures) =>
        File.WriteAllText(path, JsonSerializer.Serialize(figures, Indented));
}
