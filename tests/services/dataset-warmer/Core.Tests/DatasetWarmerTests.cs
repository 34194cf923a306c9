using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Prometheus;

namespace MlPlatform.DatasetWarmer.Tests;

public sealed class DatasetWarmerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("warmer-cache-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeBlobStore _store = new();
    private readonly WarmerMetrics _metrics = new(Metrics.NewCustomRegistry());

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private DatasetWarmer Warmer(long limitBytes = 1000) =>
        new(_store, new CacheDirectory(_root, _time), limitBytes, _metrics, NullLogger.Instance);

    private static Dictionary<string, string> Files(int count, int size, string seed) =>
        Enumerable.Range(0, count).ToDictionary(i => $"part/{i}.bin", i => $"{seed}{i}".PadRight(size, 'x'));

    [Fact]
    public async Task FirstRequestFetchesVerifiesAndCommitsThenSecondIsAHit()
    {
        var dataset = _store.Publish("imagenet", "v3", Files(3, 100, "a"));
        using var warmer = Warmer();

        var first = await warmer.WarmAsync(dataset, new HashSet<DatasetRef>(), CancellationToken.None);
        var second = await warmer.WarmAsync(dataset, new HashSet<DatasetRef>(), CancellationToken.None);

        Assert.Equal(WarmOutcome.Fetched, first.Outcome);
        Assert.Equal(300, first.Bytes);
        Assert.Equal(WarmOutcome.Hit, second.Outcome);
        Assert.True(File.Exists(Path.Combine(_root, "imagenet", "v3", "part", "2.bin")));
        Assert.Equal(1, _metrics.Hits.Value);
        Assert.Equal(1, _metrics.Misses.Value);
        Assert.Equal(300, _metrics.FetchedBytes.Value);
        Assert.Equal(300, _metrics.CachedBytes.Value);
        Assert.All(_store.Reads.Values, reads => Assert.Equal(1, reads));
    }

    [Fact]
    public async Task CorruptObjectFailsTheVersionAndLeavesNothingBehind()
    {
        var dataset = _store.Publish("coco", "1", Files(2, 50, "c"), tamper: (path, content) => path == "part/1.bin" ? [.. content.Reverse()] : content);
        using var warmer = Warmer();

        await Assert.ThrowsAsync<DigestMismatchException>(() => warmer.WarmAsync(dataset, new HashSet<DatasetRef>(), CancellationToken.None));

        var cache = new CacheDirectory(_root, _time);
        Assert.False(cache.IsComplete(dataset));
        Assert.False(Directory.Exists(cache.VersionPath(dataset)));
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
        Assert.Equal(1, _metrics.VerificationFailures.Value);
    }

    [Fact]
    public async Task LeastRecentlyUsedVersionIsEvictedPastTheLimit()
    {
        var a = _store.Publish("a", "1", Files(4, 100, "a"));
        var b = _store.Publish("b", "1", Files(4, 100, "b"));
        var c = _store.Publish("c", "1", Files(4, 100, "c"));
        using var warmer = Warmer(limitBytes: 900);
        var none = new HashSet<DatasetRef>();

        await warmer.WarmAsync(a, none, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await warmer.WarmAsync(b, none, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await warmer.WarmAsync(a, none, CancellationToken.None); // a is now more recent than b
        _time.Advance(TimeSpan.FromMinutes(1));
        var result = await warmer.WarmAsync(c, none, CancellationToken.None);

        Assert.Equal([b], result.Evicted);
        var cache = new CacheDirectory(_root, _time);
        Assert.True(cache.IsComplete(a));
        Assert.False(cache.IsComplete(b));
        Assert.True(cache.IsComplete(c));
        Assert.Equal(1, _metrics.Evictions.Value);
        Assert.Equal(400, _metrics.EvictedBytes.Value);
    }

    [Fact]
    public async Task PinnedVersionsSurviveAndAVersionThatCannotFitFails()
    {
        var a = _store.Publish("a", "1", Files(5, 100, "a"));
        var big = _store.Publish("big", "1", Files(7, 100, "b"));
        using var warmer = Warmer(limitBytes: 1000);

        await warmer.WarmAsync(a, new HashSet<DatasetRef>(), CancellationToken.None);

        await Assert.ThrowsAsync<CacheTooSmallException>(() => warmer.WarmAsync(big, new HashSet<DatasetRef> { a }, CancellationToken.None));
        Assert.True(new CacheDirectory(_root, _time).IsComplete(a));
    }

    [Fact]
    public async Task MissingManifestIsReportedAndOtherVersionsStillWarm()
    {
        var good = _store.Publish("good", "1", Files(1, 10, "g"));
        using var warmer = Warmer();

        var results = await warmer.WarmAllAsync([new DatasetRef("missing", "1"), good], CancellationToken.None);

        Assert.Equal([good], results.Select(r => r.Dataset));
    }

    [Fact]
    public async Task ManifestNamingAnotherVersionIsRejected()
    {
        var real = _store.Publish("x", "2", Files(1, 10, "x"));
        _store.Put(DatasetManifest.StoreKey(new DatasetRef("x", "1")), await ReadAsync(DatasetManifest.StoreKey(real)));
        using var warmer = Warmer();

        await Assert.ThrowsAsync<ManifestFormatException>(() => warmer.WarmAsync(new DatasetRef("x", "1"), new HashSet<DatasetRef>(), CancellationToken.None));
    }

    [Fact]
    public async Task InterruptedDownloadsAreCleanedAtStart()
    {
        var cache = new CacheDirectory(_root, _time);
        var staging = cache.NewStaging(new DatasetRef("a", "1"));
        await File.WriteAllTextAsync(Path.Combine(staging, "half"), "x");

        cache.CleanPartial();

        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    private async Task<byte[]> ReadAsync(string key)
    {
        await using var stream = await _store.OpenReadAsync(key, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
