using System.Globalization;

namespace MlPlatform.CostModel;

/// <summary>
/// Reads the list-price table: a CSV with the columns <c>cloud, item, unit, usd, assumed_quantity, description</c>
/// (<c>unit</c> one of <c>hour</c>, <c>month</c>, <c>gib-month</c>, <c>node-hour</c>). The default table is embedded
/// (and copied to <c>pricing/list-prices.csv</c> beside the binaries); a user replaces it by pointing
/// <see cref="FileVariable"/> or an explicit path at a file of the same shape.
/// </summary>
public static class ListPriceLoader
{
    /// <summary>The environment variable naming a replacement list-price CSV.</summary>
    public const string FileVariable = "MLPLATFORM_LIST_PRICES";

    /// <summary>The name the embedded default table reports as its source.</summary>
    public const string EmbeddedSource = "embedded:list-prices.csv";

    private const string ResourceName = "MlPlatform.CostModel.list-prices.csv";

    /// <summary><paramref name="path"/> when given, else the file <see cref="FileVariable"/> names, else the embedded default.</summary>
    public static ListPriceTable Load(string? path = null)
    {
        var chosen = !string.IsNullOrWhiteSpace(path) ? path : Environment.GetEnvironmentVariable(FileVariable);
        return string.IsNullOrWhiteSpace(chosen) ? LoadEmbedded() : LoadFile(chosen);
    }

    /// <summary>The table shipped with the cost model.</summary>
    public static ListPriceTable LoadEmbedded()
    {
        using var stream = typeof(ListPriceLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded list prices ({ResourceName}) are missing from the build");
        using var reader = new StreamReader(stream);
        return LoadText(EmbeddedSource, reader.ReadToEnd());
    }

    /// <summary>Reads a list-price CSV file.</summary>
    public static ListPriceTable LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"list prices: file '{path}' does not exist (set {FileVariable} to a list-price CSV)", path);
        }

        using var reader = new StreamReader(path);
        return Parse(path, reader);
    }

    /// <summary>Reads a list-price CSV given as text; <paramref name="source"/> names it in errors.</summary>
    public static ListPriceTable LoadText(string source, string csv) => Parse(source, new StringReader(csv));

    private static ListPriceTable Parse(string source, TextReader reader)
    {
        var table = CsvTable.Parse(source, reader);
        foreach (var column in new[] { "cloud", "item", "unit", "usd" })
        {
            if (!table.HasColumn(column))
            {
                throw new PriceDataException(source, 1, $"missing column '{column}'; expected cloud, item, unit, usd, assumed_quantity, description");
            }
        }

        var prices = new List<ListPrice>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var line = i + 2;
            var cloudText = table.Get(row, "cloud", line);
            var cloud = cloudText.ToLowerInvariant() switch
            {
                "aws" => Cloud.Aws,
                "azure" => Cloud.Azure,
                _ => throw new PriceDataException(source, line, $"column 'cloud' must be aws or azure (got '{cloudText}')"),
            };
            var item = table.Get(row, "item", line);
            if (item.Length == 0)
            {
                throw new PriceDataException(source, line, "column 'item' is empty");
            }

            var unitText = table.Get(row, "unit", line);
            var unit = unitText.ToLowerInvariant() switch
            {
                "hour" => ListPriceUnit.Hour,
                "month" => ListPriceUnit.Month,
                "gib-month" => ListPriceUnit.GibMonth,
                "node-hour" => ListPriceUnit.NodeHour,
                _ => throw new PriceDataException(source, line, $"column 'unit' must be hour, month, gib-month or node-hour (got '{unitText}')"),
            };
            var usd = table.GetDecimal(row, "usd", line);
            if (usd < 0)
            {
                throw new PriceDataException(source, line, $"column 'usd' must not be negative (got {usd.ToString(CultureInfo.InvariantCulture)})");
            }

            var assumed = table.HasColumn("assumed_quantity") ? table.GetOptionalDecimal(row, "assumed_quantity", line) : null;
            var description = table.HasColumn("description") ? table.Get(row, "description", line) : string.Empty;
            prices.Add(new ListPrice(cloud, item, unit, usd, assumed, description));
        }

        return new ListPriceTable(prices, source);
    }
}
