using System.Collections.Frozen;

namespace MlPlatform.Components.Observability.Tests.PromQl;

/// <summary>Prometheus' functions and aggregation operators (prometheus/prometheus docs/querying/functions.md, operators.md).</summary>
public static class PromQlFunctions
{
    /// <summary>Functions whose argument at the given index must be a range vector.</summary>
    public static readonly FrozenDictionary<string, int> RangeArgument = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["rate"] = 0, ["irate"] = 0, ["increase"] = 0, ["delta"] = 0, ["idelta"] = 0, ["deriv"] = 0, ["changes"] = 0,
        ["resets"] = 0, ["predict_linear"] = 0, ["double_exponential_smoothing"] = 0, ["holt_winters"] = 0,
        ["absent_over_time"] = 0, ["present_over_time"] = 0, ["avg_over_time"] = 0, ["min_over_time"] = 0,
        ["max_over_time"] = 0, ["sum_over_time"] = 0, ["count_over_time"] = 0, ["stddev_over_time"] = 0,
        ["stdvar_over_time"] = 0, ["last_over_time"] = 0, ["mad_over_time"] = 0, ["quantile_over_time"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every other function, with its (minimum, maximum) argument count.</summary>
    public static readonly FrozenDictionary<string, (int Min, int Max)> Arity = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["abs"] = (1, 1), ["absent"] = (1, 1), ["ceil"] = (1, 1), ["floor"] = (1, 1), ["exp"] = (1, 1), ["ln"] = (1, 1),
        ["log2"] = (1, 1), ["log10"] = (1, 1), ["sqrt"] = (1, 1), ["sgn"] = (1, 1), ["round"] = (1, 2), ["clamp"] = (3, 3),
        ["clamp_max"] = (2, 2), ["clamp_min"] = (2, 2), ["scalar"] = (1, 1), ["vector"] = (1, 1), ["time"] = (0, 0),
        ["timestamp"] = (1, 1), ["sort"] = (1, 1), ["sort_desc"] = (1, 1), ["sort_by_label"] = (2, 99), ["sort_by_label_desc"] = (2, 99),
        ["label_replace"] = (5, 5), ["label_join"] = (3, 99), ["histogram_quantile"] = (2, 2), ["histogram_fraction"] = (3, 3),
        ["histogram_avg"] = (1, 1), ["histogram_count"] = (1, 1), ["histogram_sum"] = (1, 1), ["histogram_stddev"] = (1, 1),
        ["histogram_stdvar"] = (1, 1), ["day_of_month"] = (0, 1), ["day_of_week"] = (0, 1), ["day_of_year"] = (0, 1),
        ["days_in_month"] = (0, 1), ["hour"] = (0, 1), ["minute"] = (0, 1), ["month"] = (0, 1), ["year"] = (0, 1),
        ["acos"] = (1, 1), ["acosh"] = (1, 1), ["asin"] = (1, 1), ["asinh"] = (1, 1), ["atan"] = (1, 1), ["atanh"] = (1, 1),
        ["cos"] = (1, 1), ["cosh"] = (1, 1), ["sin"] = (1, 1), ["sinh"] = (1, 1), ["tan"] = (1, 1), ["tanh"] = (1, 1),
        ["deg"] = (1, 1), ["rad"] = (1, 1), ["pi"] = (0, 0),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Aggregation operators; the ones taking a parameter before the vector.</summary>
    public static readonly FrozenSet<string> Aggregations = new[]
    {
        "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> ParameterisedAggregations = new[]
    {
        "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a function Prometheus knows.</summary>
    public static bool IsFunction(string name) => RangeArgument.ContainsKey(name) || Arity.ContainsKey(name);
}
