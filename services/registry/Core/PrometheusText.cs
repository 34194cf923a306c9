using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MlPlatform.Registry;

/// <summary>
/// Reads the Prometheus text exposition format (what the runtime serves on <c>/metrics</c>): samples with labels, comments
/// and blank lines skipped. A line that does not parse is an error naming its number.
/// </summary>
public static class PrometheusText
{
    public static IReadOnlyList<PrometheusSample> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var samples = new List<PrometheusSample>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            samples.Add(ParseLine(line) ?? throw new RegistryException($"{source}: line {lineNumber} is not a Prometheus sample: '{Truncate(line)}'"));
        }

        return samples;
    }

    private static PrometheusSample? ParseLine(string line)
    {
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        string name;
        var labels = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        string rest;
        if (brace >= 0 && (space < 0 || brace < space))
        {
            name = line[..brace];
            var i = brace + 1;
            while (i < line.Length && line[i] != '}')
            {
                var eq = line.IndexOf('=', i);
                if (eq < 0 || eq + 1 >= line.Length || line[eq + 1] != '"')
                {
                    return null;
                }

                var key = line[i..eq].Trim().TrimStart(',').Trim();
                var value = new StringBuilder();
                var j = eq + 2;
                for (; j < line.Length && line[j] != '"'; j++)
                {
                    if (line[j] == '\\' && j + 1 < line.Length)
                    {
                        j++;
                        value.Append(line[j] == 'n' ? '\n' : line[j]);
                    }
                    else
                    {
                        value.Append(line[j]);
                    }
                }

                if (j >= line.Length)
                {
                    return null;
                }

                labels[key] = value.ToString();
                i = j + 1;
                while (i < line.Length && line[i] is ',' or ' ')
                {
                    i++;
                }
            }

            if (i >= line.Length)
            {
                return null;
            }

            rest = line[(i + 1)..].Trim();
        }
        else
        {
            if (space < 0)
            {
                return null;
            }

            name = line[..space];
            rest = line[space..].Trim();
        }

        var valueText = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        double number;
        if (valueText is "+Inf")
        {
            number = double.PositiveInfinity;
        }
        else if (valueText is "-Inf")
        {
            number = double.NegativeInfinity;
        }
        else if (valueText is "NaN")
        {
            number = double.NaN;
        }
        else if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return null;
        }

        return name.Length == 0 ? null : new PrometheusSample(name, labels.ToImmutable(), number);
    }

    private static string Truncate(string line) => line.Length <= 80 ? line : line[..80] + "…";
}
