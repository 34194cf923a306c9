namespace MlPlatform.CostModel;

/// <summary>The cost of running work on a share of a node for a while; the scheduler's estimates and ledgers use it.</summary>
public static class RunCost
{
    /// <summary>
    /// USD for occupying <paramref name="nodeShare"/> of a node (1 = the whole node; a gang on two nodes is 2) priced at
    /// <paramref name="nodeUsdPerHour"/> for <paramref name="duration"/>, rounded to a hundredth of a cent.
    /// </summary>
    public static decimal Usd(decimal nodeUsdPerHour, decimal nodeShare, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeUsdPerHour);
        ArgumentOutOfRangeException.ThrowIfNegative(nodeShare);
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "duration must not be negative");
        }

        return decimal.Round(nodeUsdPerHour * nodeShare * (decimal)duration.TotalHours, 4);
    }

    /// <summary>USD for a rate already expressed per hour of the occupied share, over <paramref name="duration"/>.</summary>
    public static decimal Usd(decimal usdPerHour, TimeSpan duration) => Usd(usdPerHour, 1m, duration);
}
