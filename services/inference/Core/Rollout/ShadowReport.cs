namespace MlPlatform.Inference.Rollout;

/// <summary>A model's shadow record: totals and the most recent comparisons.</summary>
/// <param name="Matches">Comparisons within tolerance.</param>
/// <param name="Mismatches">Comparisons outside tolerance.</param>
/// <param name="Errors">Shadow inferences that failed.</param>
/// <param name="Dropped">Shadow copies skipped because too many were running.</param>
/// <param name="Recent">The latest comparisons, newest last.</param>
public sealed record ShadowReport(long Matches, long Mismatches, long Errors, long Dropped, IReadOnlyList<ShadowComparison> Recent);
