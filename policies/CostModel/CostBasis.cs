namespace MlPlatform.CostModel;

/// <summary>Which size of a <see cref="CostRange"/> a figure or a cap refers to.</summary>
public enum CostBasis
{
    /// <summary>Every group at its minimum.</summary>
    Min,

    /// <summary>Groups at their minimum plus the expected utilisation of the headroom, spot available.</summary>
    Expected,

    /// <summary>The costlier of "spot groups full" and "spot gone, fallback groups full".</summary>
    Max,
}
