using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MlPlatform.Inference.Bench;

/// <summary>Prints the table and writes the flat JSON figures.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly string[] Protocols = ["rest", "grpc"];

    /// <summary>The key suffix of the in-process reference measured again after the served scenarios.</summary>
    public const string AfterSuffix = "_after";

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
        foreach (var protocol in Protocols)
        {
            if (figures.TryGetValue($"server_efficiency_ratio_{protocol}", out var ratio))
            {
                var overhead = figures[$"server_overhead_cpu_us_per_request_{protocol}"];
                text.AppendLine(CultureInfo.InvariantCulture, $"CPU, {protocol}: server {figures[$"server_cpu_us_per_item_{protocol}"]:F1} µs/item vs in-process {figures["inprocess_cpu_us_per_item"]:F1} µs/item = efficiency {ratio:F3} (goal ≥ 0.90: {(ratio >= 0.9 ? "met" : "MISSED")}); overhead {overhead:F1} µs CPU/request (goal ≤ 50: {(overhead <= 50 ? "met" : "MISSED")}){Breakdown(figures, protocol)}");
            }
        }

        if (figures.TryGetValue("inprocess_cpu_us_per_item_before", out var before) && figures.TryGetValue("inprocess_cpu_us_per_item_after", out var after))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"in-process reference: {before:F1} µs/item before the served runs, {after:F1} after (the spread is the noise of shared cores)");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} logical CPUs, load average {LoadAverage()} when the run ended (other work on the same cores makes latencies noisy; negative overheads are noise)");
        return text.ToString();
    }

    private static string Breakdown(IReadOnlyDictionary<string, double> figures, string protocol) =>
        figures.TryGetValue($"server_system_cpu_us_per_item_{protocol}", out var system) && figures.TryGetValue($"server_alloc_bytes_per_request_{protocol}", out var allocated)
            ? string.Create(CultureInfo.InvariantCulture, $"; of the server's CPU {system:F1} µs/request in the kernel; {allocated:F0} bytes allocated/request")
            : string.Empty;

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
            if (r.CpuUsPerImage is { } cpu)
            {
                figures[r.Key.StartsWith("inprocess_", StringComparison.Ordinal) ? $"{r.Key}_cpu_us_per_item" : $"{r.Key}_server_cpu_us_per_item"] = Math.Round(cpu, 1);
            }

            if (r.ClientCpuUsPerImage is { } client)
            {
                figures[$"{r.Key}_client_cpu_us_per_item"] = Math.Round(client, 1);
            }

            if (r.SystemCpuUsPerImage is { } system)
            {
                figures[$"{r.Key}_server_system_cpu_us_per_item"] = Math.Round(system, 1);
            }

            if (r.AllocatedBytesPerImage is { } allocated)
            {
                figures[$"{r.Key}_server_alloc_bytes_per_request"] = Math.Round(allocated);
            }

            if (r.CollectionsPerThousandImages is { } collections)
            {
                figures[$"{r.Key}_server_gcs_per_1k_requests"] = Math.Round(collections, 2);
            }
        }

        CpuFigures(results, figures);

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

    /// <summary>
    /// The efficiency figures, from process CPU time rather than throughput (which on shared cores charges the load
    /// generator to the server): the in-process CPU per image at the best batch, the server's CPU per image for REST and
    /// gRPC at their best concurrency, their ratio, and the server's CPU per request beyond the model's.
    /// </summary>
    private static void CpuFigures(IReadOnlyList<ScenarioResult> results, Dictionary<string, double> figures)
    {
        var inProcess = results.Where(r => r.Key.StartsWith("inprocess_", StringComparison.Ordinal) && !r.Key.EndsWith(AfterSuffix, StringComparison.Ordinal) && r.CpuUsPerImage is not null).ToArray();
        if (inProcess.Length == 0)
        {
            return;
        }

        // Other work on shared cores inflates CPU time per item; the best batch measured again after the served runs
        // brackets them, and the reference is the mean of the two.
        var best = inProcess.MinBy(r => r.CpuUsPerImage!.Value)!;
        var model = best.CpuUsPerImage!.Value;
        if (results.SingleOrDefault(r => r.Key == best.Key + AfterSuffix)?.CpuUsPerImage is { } after)
        {
            figures["inprocess_cpu_us_per_item_before"] = Math.Round(model, 1);
            figures["inprocess_cpu_us_per_item_after"] = Math.Round(after, 1);
            model = (model + after) / 2;
        }

        figures["inprocess_cpu_us_per_item"] = Math.Round(model, 1);
        foreach (var (protocol, prefix) in new[] { ("rest", "http_"), ("grpc", "grpc_") })
        {
            var served = results.Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal) && r.CpuUsPerImage is not null).ToArray();
            if (served.Length == 0)
            {
                continue;
            }

            // One image per request in every served scenario, so per item is per request.
            var bestServed = served.MinBy(r => r.CpuUsPerImage!.Value)!;
            var server = bestServed.CpuUsPerImage!.Value;
            figures[$"server_cpu_us_per_item_{protocol}"] = Math.Round(server, 1);
            if (bestServed.SystemCpuUsPerImage is { } system)
            {
                figures[$"server_system_cpu_us_per_item_{protocol}"] = Math.Round(system, 1);
            }

            if (bestServed.AllocatedBytesPerImage is { } allocated)
            {
                figures[$"server_alloc_bytes_per_request_{protocol}"] = Math.Round(allocated);
            }
            figures[$"server_efficiency_ratio_{protocol}"] = Math.Round(model / server, 3);
            figures[$"server_overhead_cpu_us_per_request_{protocol}"] = Math.Round(server - model, 1);
        }

        var overheads = Protocols.Where(p => figures.ContainsKey($"server_overhead_cpu_us_per_request_{p}")).Select(p => figures[$"server_overhead_cpu_us_per_request_{p}"]).ToArray();
        if (overheads.Length > 0)
        {
            figures["server_overhead_cpu_us_per_request"] = overheads.Max();
        }
    }

    /// <summary>Writes the figures as one flat JSON object.</summary>
    public static void WriteJson(string path, IReadOnlyDictionary<string, double> figures) =>
        File.WriteAllText(path, JsonSerializer.Serialize(figures, Indented));
}
