using System.Globalization;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// Reads the simple comma-separated trace files (no quoting) as header-keyed rows. Every problem is a
/// <see cref="TraceFormatException"/> naming the file, the row and the column.
/// </summary>
internal static class TraceData
{
    public static TraceTable Read(string path, params string[] requiredColumns)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: trace file not found", path);
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim().Length == 0)
        {
            throw new TraceFormatException(path, 1, null, "the file is empty; expected a header row");
        }

        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        foreach (var column in requiredColumns)
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                throw new TraceFormatException(path, 1, column, $"missing column (the header has {string.Join(", ", header)})");
            }
        }

        var rows = new List<TraceRow>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            if (cells.Length != header.Length)
            {
                throw new TraceFormatException(path, i + 1, null, $"has {cells.Length} cells; the header has {header.Length} columns");
            }

            rows.Add(new TraceRow(path, i + 1, header, cells));
        }

        return new TraceTable(path, header, rows);
    }
}
