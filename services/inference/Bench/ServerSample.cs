using System.Globalization;

namespace MlPlatform.Inference.Bench;

/// <summary>
/// The server's counters at one moment: process CPU time (all and kernel), and from its <c>/metrics</c> the garbage
/// collections run and the bytes allocated so far.
/// </summary>
/// <param name="Cpu">User + kernel CPU time.</param>
/// <param name="SystemCpu">Kernel CPU time (socket I/O, scheduling, page faults).</param>
/// <param name="Collections">Garbage collections of every generation, or null when the metrics do not say.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap, or null when the metrics do not say.</param>
public sealed record ServerSample(TimeSpan Cpu, TimeSpan SystemCpu, double? Collections, double? AllocatedBytes)
{
    /// <summary>The .NET runtime meter's collections counter, one series per generation.</summary>
    public const string CollectionsMetric = "system_runtime_dotnet_gc_collections";

    /// <summary>The .NET runtime meter's allocated-bytes counter.</summary>
    public const string AllocatedMetric = "system_runtime_dotnet_gc_heap_total_allocated";

    /// <summary>Reads the collections and allocated bytes from Prometheus text; null for a metric that is absent.</summary>
    public static (double? Collections, double? AllocatedBytes) ParseMetrics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double? collections = null;
        double? allocated = null;
        foreach (var line in text.Split('\n'))
        {
            var space = line.LastIndexOf(' ');
            if (line.StartsWith('#') || space < 0 || !double.TryParse(line[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var name = line[..space];
            if (name.StartsWith(CollectionsMetric + "{", StringComparison.Ordinal) || name == CollectionsMetric)
            {
                collections = (collections ?? 0) + value;
            }
            else if (name == AllocatedMetric)
            {
                allocated = value;
            }
        }

        return (collections, allocated);
    }
}
