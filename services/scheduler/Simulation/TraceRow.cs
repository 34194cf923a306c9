using System.Globalization;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>One row of a trace file, with typed reads that name the file, row and column when a cell is bad.</summary>
internal sealed class TraceRow(string file, int row, string[] header, string[] cells)
{
    public int Row { get; } = row;

    public bool Has(string column) => Array.IndexOf(header, column) >= 0;

    public string Text(string column)
    {
        var index = Array.IndexOf(header, column);
        if (index < 0)
        {
            throw new TraceFormatException(file, 1, column, "missing column");
        }

        return cells[index].Trim();
    }

    public long Long(string column, long min = long.MinValue)
    {
        var text = Text(column);
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new TraceFormatException(file, Row, column, $"'{text}' is not a whole number");
        }

        return value >= min ? value : throw new TraceFormatException(file, Row, column, $"{value} is below the minimum {min}");
    }

    public double Double(string column, double min = double.MinValue)
    {
        var text = Text(column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new TraceFormatException(file, Row, column, $"'{text}' is not a number");
        }

        return value >= min ? value : throw new TraceFormatException(file, Row, column, $"{value} is below the minimum {min}");
    }

    /// <summary>Thrown for a problem this row has as a whole in <paramref name="column"/>.</summary>
    public TraceFormatException Error(string column, string problem) => new(file, Row, column, problem);
}
