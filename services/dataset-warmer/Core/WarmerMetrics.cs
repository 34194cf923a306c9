using Prometheus;

namespace MlPlatform.DatasetWarmer;

/// <summary>The warmer's Prometheus metrics, on a registry the host chooses (tests use their own).</summary>
public sealed class WarmerMetrics
{
    public WarmerMetrics(CollectorRegistry registry)
    {
        var factory = Metrics.WithCustomRegistry(registry);
        Hits = factory.CreateCounter("dataset_cache_hits_total", "Dataset versions requested that were already cached.");
        Misses = factory.CreateCounter("dataset_cache_misses_total", "Dataset versions requested that had to be fetched.");
        Evictions = factory.CreateCounter("dataset_cache_evictions_total", "Dataset versions evicted to stay under the size limit.");
        EvictedBytes = factory.CreateCounter("dataset_cache_evicted_bytes_total", "Bytes freed by evictions.");
        FetchedBytes = factory.CreateCounter("dataset_cache_fetched_bytes_total", "Bytes fetched from the store and verified.");
        VerificationFailures = factory.CreateCounter("dataset_cache_verification_failures_total", "Objects whose digest or size did not match the manifest.");
        CachedBytes = factory.CreateGauge("dataset_cache_bytes", "Bytes of complete dataset versions in the cache.");
        LimitBytes = factory.CreateGauge("dataset_cache_limit_bytes", "The cache size limit.");
    }

    public Counter Hits { get; }

    public Counter Misses { get; }

    public Counter Evictions { get; }

    public Counter EvictedBytes { get; }

    public Counter FetchedBytes { get; }

    public Counter VerificationFailures { get; }

    public Gauge CachedBytes { get; }

    public Gauge LimitBytes { get; }
}
