namespace MlPlatform.CostModel;

internal static class Statistics
{
    /// <summary>The median of a non-empty set of values (the mean of the middle two for an even count).</summary>
    public static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
