using System.Globalization;
using System.Text.Json;

namespace MlPlatform.Scheduler.Bench;

/// <summary>The measured figures: printed as a table per section, written as flat name → number pairs with --json.</summary>
internal sealed class Figures
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly List<(string Section, string Name, double Value, string Unit)> _rows = [];

    public void Add(string section, string name, double value, string unit) => _rows.Add((section, name, value, unit));

    public void Print(TextWriter output)
    {
        foreach (var section in _rows.GroupBy(r => r.Section))
        {
            output.WriteLine();
            output.WriteLine($"## {section.Key}");
            output.WriteLine("| figure | value | unit |");
            output.WriteLine("|---|---:|---|");
            foreach (var row in section)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Name} | {Format(row.Value)} | {row.Unit} |"));
            }
        }
    }

    public void WriteJson(string path)
    {
        var pairs = _rows.ToDictionary(r => r.Name, r => Math.Round(r.Value, 6));
        File.WriteAllText(path, JsonSerializer.Serialize(pairs, Indented));
    }

    private static string Format(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
