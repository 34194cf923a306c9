using System.Globalization;
using System.Text.RegularExpressions;

namespace MlPlatform.Registry;

/// <summary>An offline promotion gate: <c>metric OP number</c> with OP one of <c>&gt;= &gt; &lt;= &lt; == !=</c> (e.g. <c>accuracy&gt;=0.92</c>).</summary>
public sealed partial record GateExpression(string Metric, string Operator, double Threshold)
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="RegistryException">It is not a gate, naming the text.</exception>
    public static GateExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || !double.IsFinite(threshold))
        {
            throw new RegistryException($"gate '{text}' does not parse: expected <metric><op><number> with op one of >= > <= < == != (e.g. accuracy>=0.92)");
        }

        return new GateExpression(match.Groups["metric"].Value, match.Groups["op"].Value, threshold);
    }

    /// <summary>Whether <paramref name="value"/> passes.</summary>
    public bool Holds(double value) => Operator switch
    {
        ">=" => value >= Threshold,
        ">" => value > Threshold,
        "<=" => value <= Threshold,
        "<" => value < Threshold,
        "==" => value == Threshold,
        "!=" => value != Threshold,
        _ => false,
    };

    public override string ToString() => $"{Metric}{Operator}{Threshold.ToString("R", CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^\s*(?<metric>[A-Za-z_][A-Za-z0-9_.:-]*)\s*(?<op>>=|<=|==|!=|>|<)\s*(?<value>[-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*$")]
    private static partial Regex Pattern();
}
