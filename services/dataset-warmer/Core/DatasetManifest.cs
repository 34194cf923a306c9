using System.Collections.Immutable;

namespace MlPlatform.DatasetWarmer;

/// <summary>
/// A content-addressed dataset version: the objects it consists of, each with its SHA-256 digest and size. A version
/// never changes; a new version is a new manifest. Stored at <see cref="StoreKey"/>.
/// </summary>
public sealed record DatasetManifest(string Name, string Version, ImmutableArray<ManifestEntry> Entries)
{
    public long TotalBytes => Entries.Sum(e => e.Size);

    /// <summary>Where a version's manifest lives in the store: <c>datasets/&lt;name&gt;/&lt;version&gt;/manifest.json</c>.</summary>
    public static string StoreKey(DatasetRef dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return $"datasets/{dataset.Name}/{dataset.Version}/manifest.json";
    }
}
