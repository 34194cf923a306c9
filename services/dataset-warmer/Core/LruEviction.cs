namespace MlPlatform.DatasetWarmer;

/// <summary>
/// Which dataset versions to evict so that <paramref name="incomingBytes"/> more fit under the limit: least recently
/// used first, never a protected version (the one being fetched, or pinned by config). A pure function of the snapshot.
/// </summary>
public static class LruEviction
{
    public static IReadOnlyList<CachedVersion> SelectVictims(IEnumerable<CachedVersion> cached, long limitBytes, long incomingBytes, IReadOnlySet<DatasetRef> protectedVersions)
    {
        ArgumentNullException.ThrowIfNull(cached);
        ArgumentNullException.ThrowIfNull(protectedVersions);
        var all = cached.ToList();
        var used = all.Sum(v => v.Bytes);
        var victims = new List<CachedVersion>();
        foreach (var candidate in all
            .Where(v => !protectedVersions.Contains(v.Dataset))
            .OrderBy(v => v.LastUsed)
            .ThenBy(v => v.Dataset.ToString(), StringComparer.Ordinal))
        {
            if (used + incomingBytes <= limitBytes)
            {
                break;
            }

            victims.Add(candidate);
            used -= candidate.Bytes;
        }

        return victims;
    }
}
