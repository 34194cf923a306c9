using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MlPlatform.Testing.Metrics;
using Prometheus;

namespace MlPlatform.DatasetWarmer.Tests;

/// <summary>
/// The warmer's metrics as Prometheus scrapes them (its <c>/metrics</c> serves the registry the warmer writes to)
/// against <c>tests/metric-catalogue/dataset-warmer.txt</c>, after a miss and a hit.
/// </summary>
public sealed class MetricCatalogueTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("warmer-catalogue-").FullName;
    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task CatalogueListsExactlyTheCacheMetricsTheWarmerExposes()
    {
        var text = await ExpositionAfterAMissAndAHit();
        Assert.Empty(MetricCatalogue.Problems("dataset-warmer", text, "dataset_cache_"));
    }

    [Fact]
    public async Task HitsMissesAndFetchedBytesAreWhatTheHitRatioAlertDivides()
    {
        var text = await ExpositionAfterAMissAndAHit();
        Assert.Contains("dataset_cache_hits_total 1", text, StringComparison.Ordinal);
        Assert.Contains("dataset_cache_misses_total 1", text, StringComparison.Ordinal);
        Assert.Contains("dataset_cache_fetched_bytes_total 200", text, StringComparison.Ordinal);
    }

    private async Task<string> ExpositionAfterAMissAndAHit()
    {
        var store = new FakeBlobStore();
        var dataset = store.Publish("imagenet", "v1", new Dictionary<string, string> { ["a.bin"] = new string('a', 100), ["b.bin"] = new string('b', 100) });
        using (var warmer = new DatasetWarmer(store, new CacheDirectory(_root, new FakeTimeProvider()), 10_000, new WarmerMetrics(_registry), NullLogger.Instance))
        {
            await warmer.WarmAsync(dataset, new HashSet<DatasetRef>(), CancellationToken.None);
            await warmer.WarmAsync(dataset, new HashSet<DatasetRef>(), CancellationToken.None);
        }

        using var stream = new MemoryStream();
        await _registry.CollectAndExportAsTextAsync(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
