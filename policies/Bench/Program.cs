using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MlPlatform.CostModel;
using MlPlatform.Policies;
using MlPlatform.Policies.Bench;
using MlPlatform.Stacks.Previews;

// ./build.sh bench policy [--json F]: rule throughput on a generated 100k-resource preview, and plan time (read the
// preview JSON, build the model, evaluate every rule, price, render the report) at 100 / 1,000 / 10,000 resources.
if (args.Length == 3 && args[0] == EndToEnd.ChildFlag)
{
    return EndToEnd.Child(args[1], args[2]);
}

string? jsonPath = null;
var endToEndMb = 200L;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--json" && i + 1 < args.Length)
    {
        jsonPath = args[++i];
    }
    else if (args[i] == "--end-to-end-mb" && i + 1 < args.Length && long.TryParse(args[i + 1], out var mb) && mb > 0)
    {
        endToEndMb = mb;
        i++;
    }
    else
    {
        Console.Error.WriteLine("usage: ./build.sh bench policy [--json F] [--end-to-end-mb 200]");
        return 2;
    }
}

var costs = new CostCatalog(PriceCatalogLoader.LoadDirectory(PricingDirectory()), ListPriceLoader.LoadEmbedded());
var context = new PolicyContext("bench", "bench", Cloud.Aws, "us-east-1", new PolicyLimits(MaxGpusPerPool: 64, MonthlyCostCapUsd: 1e12m), costs);
var results = new SortedDictionary<string, double>(StringComparer.Ordinal);

// Throughput: the model is built once; each run evaluates all rules and prices every resource.
const int Large = 100_000;
var resources = ResourceModel.After(PulumiJson.Read(SyntheticPreview.Generate(Large), "bench-100k.json"));
var evaluator = PolicyEvaluator.Default;
_ = evaluator.Evaluate(resources, context); // warm-up (JIT)
var best = TimeSpan.MaxValue;
var bestCpu = TimeSpan.MaxValue;
PolicyResult? last = null;
var process = Process.GetCurrentProcess();
for (var run = 0; run < 5; run++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    last = evaluator.Evaluate(resources, context);
    watch.Stop();
    process.Refresh();
    var cpu = process.TotalProcessorTime - cpuBefore;
    best = watch.Elapsed < best ? watch.Elapsed : best;
    bestCpu = cpu < bestCpu ? cpu : bestCpu;
}

results["evaluate_100k_ms"] = Math.Round(best.TotalMilliseconds, 1);
results["evaluate_100k_cpu_ms"] = Math.Round(bestCpu.TotalMilliseconds, 1);
results["resources_evaluated_per_second"] = Math.Round(Large / best.TotalSeconds);
// CPU time, less sensitive to other processes on a shared machine (includes the GC's own threads).
results["resources_evaluated_per_cpu_second"] = Math.Round(Large / Math.Max(bestCpu.TotalSeconds, 1e-6));
results["load_average_1m"] = LoadAverage();
results["evaluate_100k_violations"] = last!.Violations.Length;

// Where the time goes: the cost model once, then each rule alone on an input whose costs are already computed.
{
    var input = new PolicyInput(resources, context);
    var watch = Stopwatch.StartNew();
    _ = input.Costs;
    results["cost_model_100k_ms"] = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
    foreach (var rule in evaluator.Rules)
    {
        watch.Restart();
        var count = rule.Evaluate(input, context).Count();
        results[$"rule_{rule.Id}_100k_ms"] = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
        GC.KeepAlive(count);
    }
}

// Plan time: everything the CLI does from the JSON bytes to the Markdown report.
foreach (var size in new[] { 100, 1_000, 10_000, 100_000 })
{
    var bytes = SyntheticPreview.Generate(size);
    var timings = new List<double>();
    for (var run = 0; run < (size >= 100_000 ? 3 : 7); run++)
    {
        var watch = Stopwatch.StartNew();
        var file = PulumiJson.Read(bytes, "bench.json");
        var after = evaluator.Evaluate(ResourceModel.After(file), context);
        var report = ReportWriter.Markdown(new PolicyReport("bench", context, after, StackCostCalculator.Calculate(ResourceModel.Before(file), context)));
        watch.Stop();
        GC.KeepAlive(report);
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }

    timings.Sort();
    var label = size.ToString(CultureInfo.InvariantCulture);
    results[$"plan_{label}_ms"] = Math.Round(timings[timings.Count / 2], 2);
    results[$"plan_{label}_us_per_resource"] = Math.Round(timings[timings.Count / 2] * 1000 / size, 2);
}

// End to end on ~200 MB documents, each in a child process: read + parse + evaluate + price + report.
foreach (var (name, value) in EndToEnd.Measure(endToEndMb * 1_000_000))
{
    results[name] = value;
}

Console.WriteLine($"policy bench (generated previews, all {PolicyPack.All.Length} rules + cost model)");
Console.WriteLine($"{"metric",-34} {"value",14}");
foreach (var (name, value) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {value,14:0.##}"));
}

Console.WriteLine(results["resources_evaluated_per_second"] >= 100_000 ? "target >= 100000 resources/s (rules): met" : "target >= 100000 resources/s (rules): NOT met");
Console.WriteLine(results["end_to_end_resources_per_s"] >= 100_000 ? "target >= 100000 resources/s end to end: met" : "target >= 100000 resources/s end to end: NOT met");
Console.WriteLine(results["peak_memory_ratio_to_file"] <= 2 ? "target peak memory <= 2x the file: met" : "target peak memory <= 2x the file: NOT met");
if (jsonPath is not null)
{
    File.WriteAllText(jsonPath, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"json: {Path.GetFullPath(jsonPath)}");
}

return 0;

static double LoadAverage()
{
    try
    {
        var text = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        return double.Parse(text, CultureInfo.InvariantCulture);
    }
    catch (IOException)
    {
        return -1;
    }
}

static string PricingDirectory() => PriceCatalogLoader.DefaultDirectory(Environment.CurrentDirectory, AppContext.BaseDirectory);
