using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Infra.Kubernetes;

/// <summary>The price CSVs the program itself read, handed to the scheduler so both cost placements from the same tables.</summary>
public static class PricingTables
{
    /// <summary>File name → CSV of every <c>*.csv</c> below the price directory (the loader's own discovery); empty when none is found.</summary>
    public static ImmutableDictionary<string, string> Load()
    {
        string directory;
        try
        {
            directory = PriceCatalogLoader.DefaultDirectory();
        }
        catch (DirectoryNotFoundException)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        return FromDirectory(directory);
    }

    /// <summary>
    /// The tables of <paramref name="directory"/>, keyed by file name (a ConfigMap is flat; the loader reads every CSV
    /// wherever it is), with the parent folder prefixed when two files share a name.
    /// </summary>
    public static ImmutableDictionary<string, string> FromDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (builder.ContainsKey(name))
            {
                name = $"{Path.GetFileName(Path.GetDirectoryName(file))}-{name}";
            }

            builder[name] = File.ReadAllText(file);
        }

        return builder.ToImmutable();
    }
}
