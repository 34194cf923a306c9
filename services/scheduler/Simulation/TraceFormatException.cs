namespace MlPlatform.Scheduler.Simulation;

/// <summary>A trace file that cannot be read: the message names the file, the row (1 = the header) and the column.</summary>
public sealed class TraceFormatException : Exception
{
    public TraceFormatException()
    {
    }

    public TraceFormatException(string message)
        : base(message)
    {
    }

    public TraceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TraceFormatException(string file, int row, string? column, string problem)
        : base(column is null ? $"{file}: row {row}: {problem}" : $"{file}: row {row}, column '{column}': {problem}")
    {
        File = file;
        Row = row;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string? File { get; }

    /// <summary>The 1-based row (line) of the file; 1 is the header.</summary>
    public int Row { get; }

    /// <summary>The column's header name, if the problem is in one column.</summary>
    public string? Column { get; }
}
