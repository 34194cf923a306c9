using System.Collections;
using System.Globalization;

namespace MlPlatform.Policies;

/// <summary>
/// Reads the neutral values of <see cref="PolicyResource"/> inputs: <see cref="string"/>, <see cref="double"/> (or
/// other numbers), <see cref="bool"/>, null, lists, string-keyed maps, <see cref="UnknownValue"/> and
/// <see cref="SecretValue"/>. Every accessor returns null for missing, unknown or mistyped values, so rules never throw
/// on an unexpected schema.
/// </summary>
public static class Values
{
    /// <summary>The value at <paramref name="path"/> below <paramref name="root"/> (map keys; secrets are looked through).</summary>
    public static object? Get(object? root, params ReadOnlySpan<string> path)
    {
        var current = Unwrap(root);
        foreach (var key in path)
        {
            if (current is UnknownValue)
            {
                return current;
            }

            current = AsMap(current) is { } map && map.TryGetValue(key, out var next) ? Unwrap(next) : null;
        }

        return current;
    }

    /// <summary>Whether the value is unknown (or a secret whose plaintext is unknown).</summary>
    public static bool IsUnknown(object? value) => Unwrap(value) is UnknownValue;

    public static string? AsString(object? value) => Unwrap(value) switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f and not IEnumerable => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A number, also from numeric strings (AWS budgets write amounts as <c>"4000.0"</c>).</summary>
    private const double DecimalLimit = 7.9e28;

    public static decimal? AsNumber(object? value) => Unwrap(value) switch
    {
        // Beyond decimal's range (about 7.9e28) a number is no size or price this gate could use.
        double d when double.IsFinite(d) && Math.Abs(d) < DecimalLimit => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < DecimalLimit => (decimal)f,
        int i => i,
        long l => l,
        decimal m => m,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A boolean, also from <c>"true"</c>/<c>"false"</c> strings (launch templates write <c>encrypted = "true"</c>).</summary>
    public static bool? AsBool(object? value) => Unwrap(value) switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var parsed) => parsed,
        _ => null,
    };

    public static IReadOnlyList<object?>? AsList(object? value) => Unwrap(value) switch
    {
        IReadOnlyList<object?> list => list,
        string => null,
        IDictionary => null,
        IEnumerable items => items.Cast<object?>().ToList(),
        _ => null,
    };

    public static IReadOnlyDictionary<string, object?>? AsMap(object? value) => Unwrap(value) switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary dictionary => ToMap(dictionary),
        _ => null,
    };

    /// <summary>The strings of a list value (unknown and non-string items left out).</summary>
    public static IReadOnlyList<string> Strings(object? value) =>
        AsList(value) is { } list ? list.Select(AsString).OfType<string>().ToList() : [];

    private static object? Unwrap(object? value) => value is SecretValue secret ? secret.Plain : value;

    private static Dictionary<string, object?> ToMap(IDictionary dictionary)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            map[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] = entry.Value;
        }

        return map;
    }
}
