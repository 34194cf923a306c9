using Microsoft.Extensions.Logging;

namespace MlPlatform.DatasetWarmer;

/// <summary>
/// Brings dataset versions into the local cache: a cached version is a hit (and becomes most recently used); otherwise
/// its manifest is read, least-recently-used versions are evicted until it fits, every object is fetched and verified
/// against its digest into a staging directory, and the version is committed in one move.
/// </summary>
public sealed partial class DatasetWarmer : IDisposable
{
    private readonly IBlobStore _store;
    private readonly CacheDirectory _cache;
    private readonly long _limitBytes;
    private readonly WarmerMetrics _metrics;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public DatasetWarmer(IBlobStore store, CacheDirectory cache, long limitBytes, WarmerMetrics metrics, ILogger logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _limitBytes = limitBytes > 0 ? limitBytes : throw new ArgumentOutOfRangeException(nameof(limitBytes), "the cache limit must be positive");
        _metrics.LimitBytes.Set(limitBytes);
        _metrics.CachedBytes.Set(_cache.List().Sum(v => v.Bytes));
    }

    /// <summary>Warms one version. <paramref name="pinned"/> versions are never evicted to make room.</summary>
    public async Task<WarmResult> WarmAsync(DatasetRef dataset, IReadOnlySet<DatasetRef> pinned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(pinned);
        // One version at a time: eviction decisions need a stable view of the cache.
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cache.IsComplete(dataset))
            {
                _cache.Touch(dataset);
                _metrics.Hits.Inc();
                return new WarmResult(dataset, WarmOutcome.Hit, 0, []);
            }

            _metrics.Misses.Inc();
            var manifest = await ReadManifestAsync(dataset, cancellationToken).ConfigureAwait(false);
            var evicted = MakeRoom(dataset, manifest.TotalBytes, pinned);
            var staging = _cache.NewStaging(dataset);
            try
            {
                long bytes = 0;
                foreach (var entry in manifest.Entries)
                {
                    bytes += await FetchAsync(entry, staging, cancellationToken).ConfigureAwait(false);
                }

                _cache.Commit(dataset, staging, bytes);
                _metrics.CachedBytes.Set(_cache.List().Sum(v => v.Bytes));
                LogCached(_logger, dataset, manifest.Entries.Length, bytes, _store.Location);
                return new WarmResult(dataset, WarmOutcome.Fetched, bytes, evicted);
            }
            catch
            {
                CacheDirectory.DeleteQuietly(staging);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Warms every version in order; a failing version is logged and the others still run.</summary>
    public async Task<IReadOnlyList<WarmResult>> WarmAllAsync(IReadOnlyList<DatasetRef> datasets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var pinned = datasets.ToHashSet();
        var results = new List<WarmResult>();
        foreach (var dataset in datasets)
        {
            try
            {
                results.Add(await WarmAsync(dataset, pinned, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is ManifestFormatException or DigestMismatchException or BlobNotFoundException or CacheTooSmallException or IOException)
            {
                LogFailed(_logger, e, dataset);
            }
        }

        return results;
    }

    private async Task<DatasetManifest> ReadManifestAsync(DatasetRef dataset, CancellationToken cancellationToken)
    {
        var key = DatasetManifest.StoreKey(dataset);
        string json;
        var stream = await _store.OpenReadAsync(key, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            json = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        var manifest = ManifestParser.Parse(json, key);
        return manifest.Name == dataset.Name && manifest.Version == dataset.Version
            ? manifest
            : throw new ManifestFormatException(key, [$"$: names {manifest.Name}@{manifest.Version}, expected {dataset}"]);
    }

    private List<DatasetRef> MakeRoom(DatasetRef dataset, long incomingBytes, IReadOnlySet<DatasetRef> pinned)
    {
        var cached = _cache.List();
        var protectedVersions = new HashSet<DatasetRef>(pinned) { dataset };
        var victims = LruEviction.SelectVictims(cached, _limitBytes, incomingBytes, protectedVersions);
        var remaining = cached.Sum(v => v.Bytes) - victims.Sum(v => v.Bytes);
        if (remaining + incomingBytes > _limitBytes)
        {
            throw new CacheTooSmallException($"{dataset} needs {incomingBytes} bytes; the cache holds {_limitBytes} and {remaining} are pinned or in use");
        }

        foreach (var victim in victims)
        {
            _cache.Evict(victim.Dataset);
            _metrics.Evictions.Inc();
            _metrics.EvictedBytes.Inc(victim.Bytes);
            LogEvicted(_logger, victim.Dataset, victim.Bytes, victim.LastUsed);
        }

        return [.. victims.Select(v => v.Dataset)];
    }

    private async Task<long> FetchAsync(ManifestEntry entry, string staging, CancellationToken cancellationToken)
    {
        var destination = Path.Combine(staging, entry.Path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var source = await _store.OpenReadAsync(entry.Key, cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            try
            {
                var bytes = await VerifiedCopy.CopyAsync(source, destination, entry, cancellationToken).ConfigureAwait(false);
                _metrics.FetchedBytes.Inc(bytes);
                return bytes;
            }
            catch (DigestMismatchException)
            {
                _metrics.VerificationFailures.Inc();
                throw;
            }
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Cached {Dataset}: {Objects} objects, {Bytes} bytes from {Store}")]
    private static partial void LogCached(ILogger logger, DatasetRef dataset, int objects, long bytes, string store);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Could not cache {Dataset}")]
    private static partial void LogFailed(ILogger logger, Exception exception, DatasetRef dataset);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Evicted {Dataset} ({Bytes} bytes, last used {LastUsed})")]
    private static partial void LogEvicted(ILogger logger, DatasetRef dataset, long bytes, DateTimeOffset lastUsed);
}
