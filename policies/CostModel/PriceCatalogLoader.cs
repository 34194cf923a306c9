using System.Globalization;

namespace MlPlatform.CostModel;

/// <summary>
/// Loads the price tables from a directory of CSV files. Two shapes are understood, recognised by their header:
/// the AWS price-list extract (<c>instance_type, gpu, gpu_count, vcpu, memory, region, on_demand_usd_hr</c>) and the
/// spot catalog extract (<c>InstanceType, AcceleratorName, AcceleratorCount, vCPUs, MemoryGiB, Price, SpotPrice, Region</c>,
/// per availability zone, Azure rows recognised by the <c>Standard_</c> prefix). A user replaces prices by pointing at
/// another directory with files of either shape.
/// </summary>
public static class PriceCatalogLoader
{
    /// <summary>The environment variable that overrides where the price tables are read from.</summary>
    public const string DirectoryVariable = "MLPLATFORM_PRICING_DIR";

    /// <summary>The file beside the tables whose first line is the date the prices were taken (<c>YYYY-MM-DD</c>).</summary>
    public const string AsOfFile = "as-of.txt";

    /// <summary>Loads every <c>*.csv</c> below <paramref name="directory"/>.</summary>
    public static PriceCatalog LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"price tables: directory '{directory}' does not exist (set {DirectoryVariable} to a directory of price CSV files)");
        }

        var files = Directory.EnumerateFiles(directory, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"price tables: no *.csv files below '{directory}'");
        }

        var tables = files.Select(path =>
        {
            using var reader = new StreamReader(path);
            return CsvTable.Parse(path, reader);
        });
        return new PriceCatalog(Offerings(tables)) { Source = directory, AsOf = ReadAsOf(directory) };
    }

    /// <summary>The snapshot date in <paramref name="directory"/>'s <see cref="AsOfFile"/>; null when there is none.</summary>
    public static DateOnly? ReadAsOf(string directory)
    {
        var path = Path.Combine(directory, AsOfFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var first = File.ReadLines(path).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        return DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new PriceDataException(path, 1, $"expected the date the prices were taken as YYYY-MM-DD (got '{first}')");
    }

    /// <summary>Loads tables given as (name, CSV text) pairs; used by tests and by callers that embed their own tables.</summary>
    public static PriceCatalog LoadText(IEnumerable<(string Name, string Csv)> tables) =>
        new(Offerings(tables.Select(t => CsvTable.Parse(t.Name, new StringReader(t.Csv)))));

    /// <summary>
    /// The default table directory: <see cref="DirectoryVariable"/> when set, else the repository's own
    /// <c>data/pricing</c>, found above <paramref name="starts"/> (see <see cref="RepositoryData"/>).
    /// </summary>
    public static string DefaultDirectory(params string[] starts)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        try
        {
            return RepositoryData.Find(starts.Length == 0 ? [Directory.GetCurrentDirectory(), AppContext.BaseDirectory] : starts, "pricing");
        }
        catch (DirectoryNotFoundException e)
        {
            throw new DirectoryNotFoundException($"price tables: {e.Message}; set {DirectoryVariable} to a directory of price CSV files", e);
        }
    }

    private static List<InstanceOffering> Offerings(IEnumerable<CsvTable> tables)
    {
        var onDemand = new Dictionary<(Cloud, string, string), InstanceOffering>();
        var spotSamples = new Dictionary<(Cloud, string, string), List<decimal>>();
        foreach (var table in tables)
        {
            if (table.HasColumn("instance_type") && table.HasColumn("on_demand_usd_hr"))
            {
                ReadPriceList(table, onDemand);
            }
            else if (table.HasColumn("InstanceType") && table.HasColumn("SpotPrice"))
            {
                ReadSpotCatalog(table, onDemand, spotSamples);
            }
            else
            {
                throw new PriceDataException(table.Source, 1, "unrecognised header; expected the AWS price-list columns (instance_type, on_demand_usd_hr, …) or the spot catalog columns (InstanceType, Price, SpotPrice, …)");
            }
        }

        return [.. onDemand.Select(pair =>
        {
            var spot = spotSamples.TryGetValue(pair.Key, out var samples) ? Statistics.Median(samples) : (decimal?)null;
            return pair.Value with { SpotUsdPerHour = spot };
        })];
    }

    private static void ReadPriceList(CsvTable table, Dictionary<(Cloud, string, string), InstanceOffering> offerings)
    {
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var line = i + 2;
            var type = table.Get(row, "instance_type", line);
            var region = table.Get(row, "region", line);
            var offering = new InstanceOffering(
                Cloud.Aws,
                type,
                region,
                GpuModels.Parse(table.Get(row, "gpu", line), type),
                table.GetDecimal(row, "gpu_count", line),
                (int)table.GetDecimal(row, "vcpu", line),
                table.GetDecimal(row, "memory", line),
                table.GetDecimal(row, "on_demand_usd_hr", line),
                null);
            offerings[(Cloud.Aws, type, region)] = offering;
        }
    }

    private static void ReadSpotCatalog(
        CsvTable table,
        Dictionary<(Cloud, string, string), InstanceOffering> offerings,
        Dictionary<(Cloud, string, string), List<decimal>> spotSamples)
    {
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var line = i + 2;
            var type = table.Get(row, "InstanceType", line);
            var region = table.Get(row, "Region", line);
            var cloud = type.StartsWith("Standard_", StringComparison.Ordinal) ? Cloud.Azure : Cloud.Aws;
            var accelerator = table.Get(row, "AcceleratorName", line);
            var gpuCount = table.GetOptionalDecimal(row, "AcceleratorCount", line) ?? 0;
            var price = table.GetOptionalDecimal(row, "Price", line);
            var key = (cloud, type, region);
            if (price is { } onDemandPrice && !offerings.ContainsKey(key))
            {
                offerings[key] = new InstanceOffering(
                    cloud,
                    type,
                    region,
                    accelerator.Length == 0 ? new GpuModel(string.Empty, 0, false) : GpuModels.Parse(accelerator, type),
                    gpuCount,
                    (int)table.GetDecimal(row, "vCPUs", line),
                    table.GetDecimal(row, "MemoryGiB", line),
                    onDemandPrice,
                    null);
            }

            if (table.GetOptionalDecimal(row, "SpotPrice", line) is { } spot)
            {
                if (!spotSamples.TryGetValue(key, out var list))
                {
                    spotSamples[key] = list = [];
                }

                list.Add(spot);
            }
        }
    }

}
