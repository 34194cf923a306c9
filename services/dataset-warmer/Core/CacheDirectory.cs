using System.Globalization;
using System.Text.Json;

namespace MlPlatform.DatasetWarmer;

/// <summary>
/// The cache on disk: <c>&lt;root&gt;/&lt;name&gt;/&lt;version&gt;/…</c> holds a version's files; a version is complete only
/// once its <c>.complete</c> marker exists (written last), which also records its size and last use. Downloads go to
/// <c>&lt;root&gt;/.partial/</c> first and are moved into place, so readers never see half a version.
/// </summary>
public sealed class CacheDirectory
{
    public const string MarkerFile = ".complete";

    private const string PartialDirectory = ".partial";

    private readonly TimeProvider _time;

    public CacheDirectory(string root, TimeProvider time)
    {
        Root = Path.GetFullPath(root);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string VersionPath(DatasetRef dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Path.Combine(Root, dataset.Name, dataset.Version);
    }

    public bool IsComplete(DatasetRef dataset) => File.Exists(Path.Combine(VersionPath(dataset), MarkerFile));

    /// <summary>Records a use of a complete version (LRU order).</summary>
    public void Touch(DatasetRef dataset)
    {
        var marker = Path.Combine(VersionPath(dataset), MarkerFile);
        var bytes = ReadMarker(marker)?.Bytes ?? 0;
        WriteMarker(marker, bytes);
    }

    /// <summary>Every complete version.</summary>
    public IReadOnlyList<CachedVersion> List()
    {
        var versions = new List<CachedVersion>();
        foreach (var nameDir in Directory.EnumerateDirectories(Root).Where(d => Path.GetFileName(d) != PartialDirectory))
        {
            foreach (var versionDir in Directory.EnumerateDirectories(nameDir))
            {
                if (ReadMarker(Path.Combine(versionDir, MarkerFile)) is { } marker)
                {
                    versions.Add(new CachedVersion(new DatasetRef(Path.GetFileName(nameDir), Path.GetFileName(versionDir)), marker.Bytes, marker.LastUsed));
                }
            }
        }

        return versions;
    }

    /// <summary>A fresh staging directory for a version being fetched.</summary>
    public string NewStaging(DatasetRef dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var path = Path.Combine(Root, PartialDirectory, $"{dataset.Name}@{dataset.Version}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Moves a fully verified staging directory into place and marks the version complete.</summary>
    public void Commit(DatasetRef dataset, string staging, long bytes)
    {
        var target = VersionPath(dataset);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(staging, target);
        WriteMarker(Path.Combine(target, MarkerFile), bytes);
    }

    /// <summary>Removes a version: the marker first, so a crash mid-delete never leaves a "complete" partial version.</summary>
    public void Evict(DatasetRef dataset)
    {
        var path = VersionPath(dataset);
        var marker = Path.Combine(path, MarkerFile);
        if (File.Exists(marker))
        {
            File.Delete(marker);
        }

        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>Deletes leftovers of interrupted downloads (run at start-up).</summary>
    public void CleanPartial()
    {
        var partial = Path.Combine(Root, PartialDirectory);
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }
    }

    public static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for CleanPartial at the next start.
        }
    }

    private void WriteMarker(string path, long bytes)
    {
        var marker = new Marker(bytes, _time.GetUtcNow());
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(marker));
        File.Move(temp, path, overwrite: true);
    }

    private static Marker? ReadMarker(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Marker>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            // A damaged marker makes the version incomplete; it is fetched again.
            return null;
        }
    }

    private sealed record Marker(long Bytes, DateTimeOffset LastUsed)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Bytes} bytes, used {LastUsed:O}");
    }
}
