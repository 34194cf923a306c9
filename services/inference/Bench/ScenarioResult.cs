namespace MlPlatform.Inference.Bench;

/// <summary>One measured scenario.</summary>
/// <param name="Key">Its name in the JSON output (<c>inprocess_b8</c>, <c>http_batching_on_c64</c>).</param>
/// <param name="Label">Its name in the table.</param>
/// <param name="Images">Images classified.</param>
/// <param name="Elapsed">Measured time.</param>
/// <param name="LatenciesMs">Per call (in-process) or per request (HTTP) latency, milliseconds.</param>
/// <param name="Errors">Failed requests.</param>
public sealed record ScenarioResult(string Key, string Label, long Images, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, long Errors)
{
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
