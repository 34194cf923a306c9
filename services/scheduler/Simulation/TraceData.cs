using System.Globalization;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>Reads the simple comma-separated trace files (no quoting) as header-keyed rows.</summary>
internal static class TraceData
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"trace file '{path}' is missing (the repository ships its traces under data/traces)", path);
        }

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        var rows = new List<Dictionary<string, string>>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < header.Length; c++)
            {
                row[header[c]] = c < cells.Length ? cells[c].Trim() : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    public static long Long(Dictionary<string, string> row, string column) =>
        long.Parse(row[column], NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static double Double(Dictionary<string, string> row, string column) =>
        double.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);
}
