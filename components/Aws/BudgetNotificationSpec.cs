using System.Collections.Immutable;

namespace MlPlatform.Components.Aws;

/// <summary>One budget notification: <c>ACTUAL</c> or <c>FORECASTED</c> spend above a percentage of the limit.</summary>
public sealed record BudgetNotificationSpec(string NotificationType, int ThresholdPercent)
{
    /// <summary>Actual 50/80/100 % and forecasted 100 %, the defaults.</summary>
    public static ImmutableArray<int> DefaultActual { get; } = [50, 80, 100];

    public static ImmutableArray<int> DefaultForecast { get; } = [100];

    /// <summary>The notifications for the given thresholds, actual first, duplicates removed, in ascending order.</summary>
    public static ImmutableArray<BudgetNotificationSpec> For(IEnumerable<int> actual, IEnumerable<int> forecast) =>
        [
            .. actual.Distinct().Order().Select(t => new BudgetNotificationSpec("ACTUAL", t)),
            .. forecast.Distinct().Order().Select(t => new BudgetNotificationSpec("FORECASTED", t)),
        ];

    /// <summary>The cost filter value selecting resources by a cost allocation tag: <c>user:&lt;key&gt;$&lt;value&gt;</c>.</summary>
    public static string TagFilterValue(string key, string value) => $"user:{key}${value}";

    /// <summary>Thresholds must be 1–1000 % (forecasts past the limit are useful, zero is not).</summary>
    public static IReadOnlyList<SpecError> Validate(IEnumerable<int> actual, IEnumerable<int> forecast, string path)
    {
        var errors = new List<SpecError>();
        foreach (var (t, i) in actual.Select((t, i) => (t, i)).Where(x => x.t is < 1 or > 1000))
        {
            errors.Add(new SpecError($"{path}.actualThresholds[{i}]", $"must be between 1 and 1000 percent (got {t})"));
        }

        foreach (var (t, i) in forecast.Select((t, i) => (t, i)).Where(x => x.t is < 1 or > 1000))
        {
            errors.Add(new SpecError($"{path}.forecastThresholds[{i}]", $"must be between 1 and 1000 percent (got {t})"));
        }

        return errors;
    }
}
