using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies.Bench;

/// <summary>
/// The end-to-end figure: a generated ~200 MB stack export and preview, each read + parsed + evaluated + priced +
/// reported by a child process (the CLI's path: <see cref="PolicyDocumentReader"/>, every rule, the cost model, the
/// Markdown report), so that the child's peak working set is the run's alone.
/// </summary>
internal static class EndToEnd
{
    public const string ChildFlag = "--end-to-end-child";

    /// <summary>Generates the documents, runs a child on each and returns the figures.</summary>
    public static IReadOnlyDictionary<string, double> Measure(long targetBytes)
    {
        var results = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var folder = Directory.CreateTempSubdirectory("policy-bench-");
        try
        {
            // Size each document from a small sample so that it is close to the target.
            const int Sample = 20_000;
            var previewPerResource = (double)SyntheticPreview.Generate(Sample).Length / Sample;
            var exportPerResource = (double)System.Text.Encoding.UTF8.GetByteCount(PulumiJson.Write(SyntheticPreview.Export(Sample))) / Sample;
            var files = new Dictionary<string, string>
            {
                ["export"] = Path.Combine(folder.FullName, "export.json"),
                ["preview"] = Path.Combine(folder.FullName, "preview.json"),
            };
            using (var export = File.Create(files["export"]))
            {
                PulumiJson.Write(SyntheticPreview.Export((int)(targetBytes / exportPerResource)), export);
            }

            using (var preview = File.Create(files["preview"]))
            {
                PulumiJson.Write(SyntheticPreview.Preview((int)(targetBytes / previewPerResource)), preview);
            }

            GC.Collect();
            double worstRate = double.MaxValue, worstMemory = 0;
            foreach (var (kind, file) in files)
            {
                var figures = RunChild(file);
                var rate = figures["resources"] / figures["seconds"];
                var memory = figures["peak_working_set_bytes"] / figures["file_bytes"];
                results[$"end_to_end_{kind}_mb"] = Math.Round(figures["file_bytes"] / 1e6, 1);
                results[$"end_to_end_{kind}_resources"] = figures["resources"];
                results[$"end_to_end_{kind}_seconds"] = Math.Round(figures["seconds"], 2);
                results[$"end_to_end_{kind}_read_seconds"] = Math.Round(figures["read_seconds"], 2);
                results[$"end_to_end_{kind}_evaluate_seconds"] = Math.Round(figures["evaluate_seconds"], 2);
                results[$"end_to_end_{kind}_cpu_seconds"] = Math.Round(figures["cpu_seconds"], 2);
                results[$"end_to_end_{kind}_resources_per_s"] = Math.Round(rate);
                results[$"end_to_end_{kind}_resources_per_cpu_s"] = Math.Round(figures["resources"] / figures["cpu_seconds"]);
                results[$"end_to_end_{kind}_peak_memory_ratio_to_file"] = Math.Round(memory, 2);
                worstRate = Math.Min(worstRate, rate);
                worstMemory = Math.Max(worstMemory, memory);
            }

            // The headline keys: the worse of the two documents.
            results["end_to_end_resources_per_s"] = Math.Round(worstRate);
            results["end_to_end_resources_per_cpu_s"] = Math.Min(results["end_to_end_export_resources_per_cpu_s"], results["end_to_end_preview_resources_per_cpu_s"]);
            results["peak_memory_ratio_to_file"] = Math.Round(worstMemory, 2);
            return results;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The child: one document through the whole pipeline; prints its figures as JSON.</summary>
    public static int Child(string file, string pricing)
    {
        var costs = new CostCatalog(PriceCatalogLoader.LoadDirectory(pricing), ListPriceLoader.LoadEmbedded());
        var context = new PolicyContext("bench", "bench", Cloud.Aws, "us-east-1", new PolicyLimits(MaxGpusPerPool: 64, MonthlyCostCapUsd: 1e12m), costs);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var document = PolicyDocumentReader.ReadFile(file);
        var read = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var peakAfterRead = process.PeakWorkingSet64;
        var heapAfterRead = GC.GetTotalMemory(forceFullCollection: false);
        var after = PolicyEvaluator.Default.Evaluate(document.After, context);
        var evaluated = watch.Elapsed.TotalSeconds;
        var report = document.Kind == PlanFileKind.Preview
            ? new PolicyReport("bench", context, after, PolicyEvaluator.Default.Evaluate(document.Before, context).Costs)
            : new PolicyReport("bench", context, after, null);
        var markdown = ReportWriter.Markdown(report);
        watch.Stop();
        process.Refresh();
        var figures = new Dictionary<string, double>
        {
            ["resources"] = document.Count,
            ["file_bytes"] = document.Bytes,
            ["seconds"] = watch.Elapsed.TotalSeconds,
            ["cpu_seconds"] = (process.TotalProcessorTime - cpu).TotalSeconds,
            ["peak_working_set_bytes"] = process.PeakWorkingSet64,
            ["report_chars"] = markdown.Length,
            ["read_seconds"] = read,
            ["evaluate_seconds"] = evaluated - read,
            ["gc_collections_gen2"] = GC.CollectionCount(2),
            ["peak_after_read_bytes"] = peakAfterRead,
            ["heap_after_read_bytes"] = heapAfterRead,
        };
        Console.WriteLine(JsonSerializer.Serialize(figures));
        return 0;
    }

    private static Dictionary<string, double> RunChild(string file)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(EndToEnd).Assembly.Location);
        }

        start.ArgumentList.Add(ChildFlag);
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(PriceCatalogLoader.DefaultDirectory(Environment.CurrentDirectory, AppContext.BaseDirectory));
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"the end-to-end child failed on {file} (exit {child.ExitCode})");
        }

        return JsonSerializer.Deserialize<Dictionary<string, double>>(output.Trim().Split('\n')[^1])!
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
