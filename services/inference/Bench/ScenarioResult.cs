namespace MlPlatform.Inference.Bench;

/// <summary>One measured scenario.</summary>
/// <param name="Key">Its name in the JSON output (<c>inprocess_b8</c>, <c>http_batching_on_c64</c>).</param>
/// <param name="Label">Its name in the table.</param>
/// <param name="Images">Images classified.</param>
/// <param name="Elapsed">Measured time.</param>
/// <param name="LatenciesMs">Per call (in-process) or per request (HTTP) latency, milliseconds.</param>
/// <param name="Errors">Failed requests.</param>
/// <param name="ProcessCpu">CPU time the process doing the inference used while measured: the server's for HTTP and gRPC, the benchmark's own in-process.</param>
/// <param name="ClientCpu">CPU time the load generator used while measured (HTTP and gRPC).</param>
public sealed record ScenarioResult(string Key, string Label, long Images, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, long Errors, TimeSpan? ProcessCpu = null, TimeSpan? ClientCpu = null)
{
    /// <summary>Microseconds of inference-side CPU per image (null when not measured).</summary>
    public double? CpuUsPerImage => ProcessCpu is { } cpu && Images > 0 ? cpu.TotalMicroseconds / Images : null;

    /// <summary>Microseconds of load-generator CPU per image (null when not measured).</summary>
    public double? ClientCpuUsPerImage => ClientCpu is { } cpu && Images > 0 ? cpu.TotalMicroseconds / Images : null;

    /// <summary>Kernel CPU time of the server while measured (HTTP and gRPC).</summary>
    public TimeSpan? ServerSystemCpu { get; init; }

    /// <summary>Server garbage collections while measured.</summary>
    public double? ServerCollections { get; init; }

    /// <summary>Server managed allocations while measured, bytes.</summary>
    public double? ServerAllocatedBytes { get; init; }

    /// <summary>Microseconds of server kernel CPU per image (null when not measured).</summary>
    public double? SystemCpuUsPerImage => ServerSystemCpu is { } cpu && Images > 0 ? cpu.TotalMicroseconds / Images : null;

    /// <summary>Server managed bytes allocated per image (one image per request in the served scenarios).</summary>
    public double? AllocatedBytesPerImage => ServerAllocatedBytes is { } bytes && Images > 0 ? bytes / Images : null;

    /// <summary>Server garbage collections per thousand images.</summary>
    public double? CollectionsPerThousandImages => ServerCollections is { } gcs && Images > 0 ? gcs * 1000 / Images : null;

    /// <summary>Images per second.</summary>
    public double Throughput => Images / Elapsed.TotalSeconds;

    /// <summary>Median latency.</summary>
    public double P50Ms => Percentile(0.50);

    /// <summary>99th percentile latency.</summary>
    public double P99Ms => Percentile(0.99);

    private double Percentile(double q)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
