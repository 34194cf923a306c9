using System.Globalization;
using System.Text;

namespace MlPlatform.CostModel;

/// <summary>A small RFC 4180 reader: the price tables quote fields that contain commas ("768 GB", "V1,V2").</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string source, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Source = source;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name.Trim(), c => c.index, StringComparer.OrdinalIgnoreCase);
        Rows = rows;
    }

    public string Source { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    public static CsvTable Parse(string source, TextReader reader)
    {
        var records = ReadRecords(reader).ToList();
        if (records.Count == 0)
        {
            throw new PriceDataException(source, 1, "the file is empty; expected a header row");
        }

        return new CsvTable(source, records[0], records.Skip(1).Where(r => r.Count > 1 || r[0].Length > 0).ToList());
    }

    public string Get(IReadOnlyList<string> row, string column, int lineNumber)
    {
        if (!_columns.TryGetValue(column, out var index))
        {
            throw new PriceDataException(Source, 1, $"missing column '{column}'");
        }

        return index < row.Count ? row[index].Trim() : throw new PriceDataException(Source, lineNumber, $"column '{column}' is missing from the row");
    }

    public decimal GetDecimal(IReadOnlyList<string> row, string column, int lineNumber) =>
        GetOptionalDecimal(row, column, lineNumber) ?? throw new PriceDataException(Source, lineNumber, $"column '{column}' is empty");

    public decimal? GetOptionalDecimal(IReadOnlyList<string> row, string column, int lineNumber)
    {
        var text = Get(row, column, lineNumber);
        if (text.Length == 0)
        {
            return null;
        }

        // Memory is written "768 GB" in one table and "768.0" in the other.
        var number = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PriceDataException(Source, lineNumber, $"column '{column}' is not a number (got '{text}')");
    }

    private static IEnumerable<List<string>> ReadRecords(TextReader reader)
    {
        var field = new StringBuilder();
        var record = new List<string>();
        var inQuotes = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = [];
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
