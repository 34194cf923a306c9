namespace MlPlatform.Scheduler.Simulation;

/// <summary>A trace file's header and rows.</summary>
internal sealed record TraceTable(string Path, IReadOnlyList<string> Header, IReadOnlyList<TraceRow> Rows)
{
    public bool Has(string column) => Header.Contains(column, StringComparer.Ordinal);
}
