namespace MlPlatform.Inference.Bench.Tests;

public sealed class ReportTests
{
    private static ScenarioResult Result(string key, long images, double seconds, params double[] latencies) =>
        new(key, key, images, TimeSpan.FromSeconds(seconds), latencies, 0);

    private static readonly ScenarioResult[] Results =
    [
        Result("inprocess_b1", 100, 1, 1, 1, 2),
        Result("inprocess_b8", 400, 1, 10),
        Result("http_batching_on_c1", 90, 1, 1.5, 1.5, 2.25),
        Result("http_batching_on_c64", 380, 1, 50),
        Result("http_batching_off_c1", 95, 1, 1.2, 1.2, 2.1),
    ];

    [Fact]
    public void EfficiencyComparesServerCpuPerItemAtItsBestWithInProcessCpuPerItemAtTheBestBatch()
    {
        ScenarioResult Cpu(string key, long images, double cpuMs, double? clientMs = null) =>
            new(key, key, images, TimeSpan.FromSeconds(1), [1], 0, TimeSpan.FromMilliseconds(cpuMs), clientMs is { } c ? TimeSpan.FromMilliseconds(c) : null);
        ScenarioResult[] results =
        [
            Cpu("inprocess_b1", 100, 50),
            Cpu("inprocess_b8", 400, 160),
            Cpu("http_batching_on_c1", 100, 60, 20),
            Cpu("http_batching_on_c64", 400, 180, 90),
            Cpu("http_batching_off_c1", 100, 70),
            Cpu("grpc_batching_on_c64", 400, 176, 40),
        ];

        var figures = Report.Figures(results);

        Assert.Equal(400, figures["inprocess_cpu_us_per_item"]);
        Assert.Equal(450, figures["server_cpu_us_per_item_rest"]);
        Assert.Equal(440, figures["server_cpu_us_per_item_grpc"]);
        Assert.Equal(0.889, figures["server_efficiency_ratio_rest"]);
        Assert.Equal(0.909, figures["server_efficiency_ratio_grpc"]);
        Assert.Equal(50, figures["server_overhead_cpu_us_per_request_rest"]);
        Assert.Equal(40, figures["server_overhead_cpu_us_per_request_grpc"]);
        Assert.Equal(50, figures["server_overhead_cpu_us_per_request"]);
        Assert.Equal(225, figures["http_batching_on_c64_client_cpu_us_per_item"]);
        Assert.Contains("efficiency 0.889 (goal ≥ 0.90: MISSED)", Report.Table(results, figures), StringComparison.Ordinal);
    }

    [Fact]
    public void TheInProcessReferenceIsTheMeanOfItsBestBatchBeforeAndAfterTheServedRuns()
    {
        ScenarioResult Cpu(string key, long images, double cpuMs) =>
            new(key, key, images, TimeSpan.FromSeconds(1), [1], 0, TimeSpan.FromMilliseconds(cpuMs));
        ScenarioResult[] results =
        [
            Cpu("inprocess_b1", 100, 50),
            Cpu("inprocess_b8", 400, 160),
            Cpu("http_batching_on_c1", 100, 60),
            Cpu("http_batching_on_c64", 400, 200),
            Cpu("http_batching_off_c1", 100, 70),
            Cpu("inprocess_b8_after", 400, 200),
        ];

        var figures = Report.Figures(results);

        Assert.Equal(400, figures["inprocess_cpu_us_per_item_before"]);
        Assert.Equal(500, figures["inprocess_cpu_us_per_item_after"]);
        Assert.Equal(450, figures["inprocess_cpu_us_per_item"]);
        Assert.Equal(0.9, figures["server_efficiency_ratio_rest"]);
        Assert.Contains("400.0 µs/item before the served runs, 500.0 after", Report.Table(results, figures), StringComparison.Ordinal);
    }

    [Fact]
    public void ServedScenariosReportKernelCpuAllocationsAndCollectionsPerRequest()
    {
        ScenarioResult Served(string key, long images, double cpuMs, double systemMs, double allocated, double collections) =>
            new(key, key, images, TimeSpan.FromSeconds(1), [1], 0, TimeSpan.FromMilliseconds(cpuMs))
            {
                ServerSystemCpu = TimeSpan.FromMilliseconds(systemMs),
                ServerAllocatedBytes = allocated,
                ServerCollections = collections,
            };
        ScenarioResult[] results =
        [
            Served("inprocess_b1", 100, 50, 0, 0, 0) with { ServerSystemCpu = null, ServerAllocatedBytes = null, ServerCollections = null },
            Served("inprocess_b8", 400, 160, 0, 0, 0) with { ServerSystemCpu = null, ServerAllocatedBytes = null, ServerCollections = null },
            Served("http_batching_on_c1", 100, 60, 10, 800_000, 1),
            Served("http_batching_on_c64", 400, 180, 20, 3_200_000, 2),
            Served("http_batching_off_c1", 100, 70, 12, 900_000, 1),
            Served("grpc_batching_on_c64", 400, 200, 40, 48_000_000, 8),
        ];

        var figures = Report.Figures(results);

        Assert.Equal(50, figures["http_batching_on_c64_server_system_cpu_us_per_item"]);
        Assert.Equal(8000, figures["http_batching_on_c64_server_alloc_bytes_per_request"]);
        Assert.Equal(5, figures["http_batching_on_c64_server_gcs_per_1k_requests"]);
        Assert.Equal(50, figures["server_system_cpu_us_per_item_rest"]);
        Assert.Equal(8000, figures["server_alloc_bytes_per_request_rest"]);
        Assert.Equal(100, figures["server_system_cpu_us_per_item_grpc"]);
        Assert.Equal(120_000, figures["server_alloc_bytes_per_request_grpc"]);
        Assert.False(figures.ContainsKey("inprocess_b1_server_system_cpu_us_per_item"));
        Assert.Contains("50.0 µs/request in the kernel; 8000 bytes allocated/request", Report.Table(results, figures), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCeilingIsTheBestInProcessBatchAndHttpIsComparedToIt()
    {
        var figures = Report.Figures(Results);

        Assert.Equal(400, figures["ceiling_throughput"]);
        Assert.Equal(380, figures["best_http_throughput"]);
        Assert.Equal(0.95, figures["best_http_ratio"]);
        Assert.Equal(0.225, figures["http_batching_on_c1_ratio"]);
    }

    [Fact]
    public void OverheadAtConcurrencyOneIsHttpMinusInProcessBatchOne()
    {
        var figures = Report.Figures(Results);

        Assert.Equal(0.25, figures["c1_p99_overhead_ms_batching_on"], 3);
        Assert.Equal(0.1, figures["c1_p99_overhead_ms_batching_off"], 3);
        Assert.Equal(0.5, figures["c1_p50_overhead_ms_batching_on"], 3);
    }

    [Fact]
    public void TheTableListsEveryScenarioAndSaysWhetherTargetsAreMet()
    {
        var table = Report.Table(Results, Report.Figures(Results));

        Assert.All(Results, r => Assert.Contains($"| {r.Label} |", table, StringComparison.Ordinal));
        Assert.Contains("0.95 × ceiling (target ≥ 0.90: met)", table, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonIsOneFlatObjectOfNumbers()
    {
        var path = Path.GetTempFileName();
        try
        {
            Report.WriteJson(path, Report.Figures(Results));
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));

            Assert.All(document.RootElement.EnumerateObject(), p => Assert.Equal(System.Text.Json.JsonValueKind.Number, p.Value.ValueKind));
            Assert.True(document.RootElement.TryGetProperty("inprocess_b1_p99_ms", out _));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
