namespace MlPlatform.CostModel;

/// <summary>USD per node-hour, and whether it was estimated rather than read from a snapshot.</summary>
public readonly record struct HourlyPrice(decimal UsdPerHour, bool IsEstimated)
{
    /// <summary>Hours in an average month, as cloud bills count them (8,760 / 12).</summary>
    public const decimal HoursPerMonth = 730m;

    /// <summary>The price of a month of continuous use.</summary>
    public decimal UsdPerMonth => UsdPerHour * HoursPerMonth;
}
