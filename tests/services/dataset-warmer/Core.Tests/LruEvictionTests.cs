namespace MlPlatform.DatasetWarmer.Tests;

public sealed class LruEvictionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static CachedVersion V(string name, long bytes, int minutesAgo) => new(new DatasetRef(name, "1"), bytes, T0.AddMinutes(-minutesAgo));

    [Fact]
    public void NothingIsEvictedWhenTheNewVersionFits()
    {
        var victims = LruEviction.SelectVictims([V("a", 40, 5)], limitBytes: 100, incomingBytes: 60, new HashSet<DatasetRef>());

        Assert.Empty(victims);
    }

    [Fact]
    public void LeastRecentlyUsedGoFirstUntilItFits()
    {
        var cached = new[] { V("recent", 30, 1), V("oldest", 30, 60), V("older", 30, 30) };

        var victims = LruEviction.SelectVictims(cached, limitBytes: 100, incomingBytes: 40, new HashSet<DatasetRef>());

        Assert.Equal(["oldest"], victims.Select(v => v.Dataset.Name));
    }

    [Fact]
    public void ProtectedVersionsAreNeverEvicted()
    {
        var cached = new[] { V("pinned", 50, 100), V("other", 40, 1) };

        var victims = LruEviction.SelectVictims(cached, limitBytes: 100, incomingBytes: 50, new HashSet<DatasetRef> { new("pinned", "1") });

        Assert.Equal(["other"], victims.Select(v => v.Dataset.Name));
    }

    [Fact]
    public void EvictsEverythingEvictableWhenStillTooBig()
    {
        var cached = new[] { V("a", 10, 3), V("b", 10, 2), V("c", 10, 1) };

        var victims = LruEviction.SelectVictims(cached, limitBytes: 100, incomingBytes: 200, new HashSet<DatasetRef>());

        Assert.Equal(["a", "b", "c"], victims.Select(v => v.Dataset.Name));
    }
}
