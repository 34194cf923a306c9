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

var figures = Report.Figures(results);
Console.WriteLine(Report.Table(results, figures));
if (options.JsonPath is not null)
{
    Report.WriteJson(options.JsonPath, figures);
}

return 0;
