namespace MlPlatform.CostModel;

/// <summary>
/// USD per hour of something at its minimum, expected and maximum size; monthly figures use
/// <see cref="HourlyPrice.HoursPerMonth"/>. Fixed-price items have the same figure in all three.
/// </summary>
public readonly record struct CostRange(decimal MinUsdPerHour, decimal ExpectedUsdPerHour, decimal MaxUsdPerHour)
{
    public static CostRange Zero => default;

    public decimal MinUsdPerMonth => MinUsdPerHour * HourlyPrice.HoursPerMonth;

    public decimal ExpectedUsdPerMonth => ExpectedUsdPerHour * HourlyPrice.HoursPerMonth;

    public decimal MaxUsdPerMonth => MaxUsdPerHour * HourlyPrice.HoursPerMonth;

    /// <summary>The monthly figure at <paramref name="basis"/>.</summary>
    public decimal UsdPerMonth(CostBasis basis) => basis switch
    {
        CostBasis.Min => MinUsdPerMonth,
        CostBasis.Expected => ExpectedUsdPerMonth,
        _ => MaxUsdPerMonth,
    };

    /// <summary>The same hourly price at every size.</summary>
    public static CostRange Fixed(decimal usdPerHour) => new(usdPerHour, usdPerHour, usdPerHour);

    /// <summary><paramref name="nodeUsdPerHour"/> times the node counts.</summary>
    public static CostRange Nodes(decimal nodeUsdPerHour, decimal min, decimal expected, decimal max) =>
        new(nodeUsdPerHour * min, nodeUsdPerHour * expected, nodeUsdPerHour * max);

    public static CostRange operator +(CostRange a, CostRange b) =>
        new(a.MinUsdPerHour + b.MinUsdPerHour, a.ExpectedUsdPerHour + b.ExpectedUsdPerHour, a.MaxUsdPerHour + b.MaxUsdPerHour);

    public static CostRange operator -(CostRange a, CostRange b) =>
        new(a.MinUsdPerHour - b.MinUsdPerHour, a.ExpectedUsdPerHour - b.ExpectedUsdPerHour, a.MaxUsdPerHour - b.MaxUsdPerHour);

    public static CostRange Add(CostRange a, CostRange b) => a + b;

    public static CostRange Subtract(CostRange a, CostRange b) => a - b;

    /// <summary>The sum of <paramref name="ranges"/>.</summary>
    public static CostRange Sum(IEnumerable<CostRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var total = Zero;
        foreach (var range in ranges)
        {
            total += range;
        }

        return total;
    }
}
