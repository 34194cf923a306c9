using MlPlatform.Inference.Bench;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

var model = Path.Combine(options.Repository, "models", "ocr-cls", "1", "model.onnx");
var results = new List<ScenarioResult>();
foreach (var batch in new[] { 1, 8, 32 })
{
    Console.Error.WriteLine($"in-process batch {batch} …");
    results.Add(InProcessScenario.Run(model, batch, options.Duration));
}

foreach (var batching in new[] { true, false })
{
    string[] settings = batching
        ? [$"--Inference:Batching:MaxBatchSize={options.MaxBatch}", "--Inference:Batching:MaxQueueDelay=00:00:00.002", "--Inference:Batching:DispatchWhenIdle=true", "--Inference:Batching:MaxQueueSize=512"]
        : ["--Inference:Batching:MaxBatchSize=1", "--Inference:Batching:MaxQueueSize=512"];
    await using var server = await ServerProcess.StartAsync(options.Repository, settings);
    foreach (var concurrency in new[] { 1, 8, 64 })
    {
        var mode = batching ? "on" : "off";
        Console.Error.WriteLine($"HTTP batching {mode}, concurrency {concurrency} …");
        results.Add(await HttpScenario.RunAsync(server, $"http_batching_{mode}_c{concurrency}", $"HTTP binary, batching {mode}, concurrency {concurrency}", concurrency, options.Duration));
        if (batching)
        {
            Console.Error.WriteLine($"gRPC batching {mode}, concurrency {concurrency} …");
            results.Add(await GrpcScenario.RunAsync(server, $"grpc_batching_{mode}_c{concurrency}", $"gRPC raw, batching {mode}, concurrency {concurrency}", concurrency, options.Duration));
        }
    }
}

// The in-process reference again, at the batch that used the least CPU per item: with the first run it brackets the
// served runs in time, so other work on the cores moves both sides of the efficiency ratio.
var reference = results.Where(r => r.Key.StartsWith("inprocess_", StringComparison.Ordinal) && r.CpuUsPerImage is not null).MinBy(r => r.CpuUsPerImage!.Value)!;
var referenceBatch = int.Parse(reference.Key["inprocess_b".Length..], System.Globalization.CultureInfo.InvariantCulture);
Console.Error.WriteLine($"in-process batch {referenceBatch} again …");
var again = InProcessScenario.Run(model, referenceBatch, options.Duration);
results.Add(again with { Key = again.Key + Report.AfterSuffix, Label = again.Label + " (again, after the served runs)" });

var figures = Report.Figures(results);
Console.WriteLine(Report.Table(results, figures));
if (options.JsonPath is not null)
{
    Report.WriteJson(options.JsonPath, figures);
}

return 0;
