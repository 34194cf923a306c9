namespace MlPlatform.Testing.Metrics;

/// <summary>
/// The metric names a service really exposes, kept in <c>tests/metric-catalogue/&lt;service&gt;.txt</c> (one name a line,
/// <c>#</c> comments). Each service's tests scrape its real <c>/metrics</c> and compare it with its file; the
/// observability tests check every name an alert or dashboard uses against the files. Linked into those test projects.
/// </summary>
internal static class MetricCatalogue
{
    /// <summary>The services with a catalogue file.</summary>
    public static readonly string[] Services = ["scheduler", "inference", "dataset-warmer"];

    /// <summary>Family names (<c># TYPE</c> lines) and sample names (histogram <c>_bucket</c>, <c>_sum</c>, <c>_count</c>) in a text exposition.</summary>
    public static SortedSet<string> NamesIn(string exposition)
    {
        ArgumentNullException.ThrowIfNull(exposition);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in exposition.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 4)
                {
                    names.Add(parts[2]);
                    if (parts[3] is "histogram")
                    {
                        names.Add($"{parts[2]}_bucket");
                    }

                    if (parts[3] is "histogram" or "summary")
                    {
                        names.Add($"{parts[2]}_sum");
                        names.Add($"{parts[2]}_count");
                    }
                }
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                var end = line.IndexOfAny(['{', ' ']);
                names.Add(end < 0 ? line : line[..end]);
            }
        }

        return names;
    }

    /// <summary>The names in <paramref name="service"/>'s catalogue file.</summary>
    public static SortedSet<string> Read(string service)
    {
        var path = PathOf(service);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no metric catalogue for service '{service}'", path);
        }

        return new SortedSet<string>(
            File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// What is wrong between the catalogue of <paramref name="service"/> and a real scrape: names the catalogue lists
    /// that the service does not expose, and names with one of <paramref name="ownPrefixes"/> that it exposes but the
    /// catalogue lacks. Empty when they agree.
    /// </summary>
    public static IReadOnlyList<string> Problems(string service, string exposition, params string[] ownPrefixes)
    {
        var catalogue = Read(service);
        var scraped = NamesIn(exposition);
        var problems = catalogue.Where(n => !scraped.Contains(n)).Select(n => $"{service}.txt lists {n}, which /metrics does not expose").ToList();
        problems.AddRange(scraped.Where(n => ownPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)) && !catalogue.Contains(n))
            .Select(n => $"/metrics exposes {n}, which {service}.txt lacks"));
        return problems;
    }

    /// <summary><c>tests/metric-catalogue/&lt;service&gt;.txt</c> under the repository root (the folder holding MlPlatform.slnx).</summary>
    public static string PathOf(string service) => Path.Combine(RepositoryRoot(), "tests", "metric-catalogue", $"{service}.txt");

    /// <summary>The folder holding MlPlatform.slnx above the test's output directory.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MlPlatform.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No MlPlatform.slnx above {AppContext.BaseDirectory}.");
    }
}
