namespace MlPlatform.Inference.Rollout;

/// <summary>One shadow answer compared with the primary's.</summary>
/// <param name="At">When it was compared.</param>
/// <param name="PrimaryVersion">The version whose answer was returned.</param>
/// <param name="ShadowVersion">The shadow version.</param>
/// <param name="Match">True when the outputs agree within tolerance.</param>
/// <param name="MaxAbsoluteDifference">The largest element difference seen (0 for exact types).</param>
/// <param name="Difference">What differed, when not a match.</param>
public sealed record ShadowComparison(DateTimeOffset At, string PrimaryVersion, string ShadowVersion, bool Match, double MaxAbsoluteDifference, string? Difference);
