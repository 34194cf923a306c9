namespace MlPlatform.CostModel;

/// <summary>
/// The third-party data sets the repository ships in its <c>data/</c> folder (price tables, traces, real Pulumi output,
/// schemas), found from the repository root: the first ancestor of a start directory that holds <c>MlPlatform.slnx</c>.
/// The repository reads nothing outside itself, so a clone anywhere finds its data.
/// </summary>
public static class RepositoryData
{
    /// <summary>The file that marks the repository root.</summary>
    public const string RootMarker = "MlPlatform.slnx";

    /// <summary>The repository root above <paramref name="start"/>, or null when <paramref name="start"/> is not inside a clone.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RootMarker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>data/&lt;relative&gt;</c> of the repository above the first of <paramref name="starts"/> that is inside one;
    /// a clear error naming what was looked for and where when there is none.
    /// </summary>
    public static string Find(IEnumerable<string> starts, params string[] relative)
    {
        var tried = new List<string>();
        foreach (var start in starts)
        {
            tried.Add(start);
            if (FindRoot(start) is { } root)
            {
                var candidate = Path.Combine([root, "data", .. relative]);
                if (Directory.Exists(candidate) || File.Exists(candidate))
                {
                    return candidate;
                }

                throw new DirectoryNotFoundException($"data/{string.Join('/', relative)} is missing from the repository at '{root}'");
            }
        }

        throw new DirectoryNotFoundException($"data/{string.Join('/', relative)}: no repository ({RootMarker}) above {string.Join(" or ", tried.Select(t => $"'{t}'"))}");
    }

    /// <summary><see cref="Find(IEnumerable{string}, string[])"/> from the current directory, then from the running binary's folder.</summary>
    public static string Find(params string[] relative) =>
        Find([Directory.GetCurrentDirectory(), AppContext.BaseDirectory], relative);
}
