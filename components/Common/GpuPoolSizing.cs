namespace MlPlatform.Components;

/// <summary>How a pool's node counts split between its spot and on-demand groups.</summary>
/// <param name="SpotMin">Minimum of the spot group.</param>
/// <param name="SpotMax">Maximum of the spot group.</param>
/// <param name="OnDemandMin">Minimum of the on-demand group (the base count).</param>
/// <param name="OnDemandMax">Maximum of the on-demand group: enough to replace all spot capacity when spot is gone.</param>
public sealed record GpuPoolSizing(int SpotMin, int SpotMax, int OnDemandMin, int OnDemandMax)
{
    /// <summary>
    /// Splits <paramref name="spec"/>: the on-demand base is always on-demand; of the rest, <c>SpotPercentage</c> is spot.
    /// The on-demand group may grow to the pool maximum so that it can take over everything when spot is unavailable;
    /// the autoscaler's priority expander keeps it at its base while spot can be had.
    /// </summary>
    public static GpuPoolSizing For(GpuPoolSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var above = Math.Max(0, spec.MaxNodes - spec.OnDemandBaseCount);
        var spotMax = (int)Math.Round(above * spec.SpotPercentage / 100.0, MidpointRounding.AwayFromZero);
        var minAbove = Math.Max(0, spec.MinNodes - spec.OnDemandBaseCount);
        var spotMin = Math.Min(spotMax, (int)Math.Round(minAbove * spec.SpotPercentage / 100.0, MidpointRounding.AwayFromZero));
        var onDemandMin = spec.OnDemandBaseCount + (minAbove - spotMin);
        return new GpuPoolSizing(spotMin, spotMax, onDemandMin, Math.Max(onDemandMin, spec.MaxNodes));
    }
}
