using System.ComponentModel.DataAnnotations;

namespace MlPlatform.Inference.Rollout;

/// <summary>Automatic canary rollback (configuration <c>Inference:Rollback</c>).</summary>
public sealed record RollbackSettings
{
    /// <summary>Roll back automatically when the canary is worse than stable by the margins below.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The sliding window the comparison covers.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests each version needs in the window before the comparison counts.</summary>
    [Range(1, 1_000_000)]
    public int MinRequests { get; init; } = 20;

    /// <summary>Roll back when canary error rate − stable error rate exceeds this (0–1).</summary>
    [Range(0.0, 1.0)]
    public double ErrorRateMargin { get; init; } = 0.05;

    /// <summary>
    /// Roll back when the canary's p99 exceeds stable's × (1 + this) and by more than <see cref="P99MinRegression"/>, both
    /// at <see cref="P99Confidence"/>: the canary's p99 lower confidence bound against stable's upper bound.
    /// </summary>
    [Range(0.0, 1000.0)]
    public double P99LatencyMargin { get; init; } = 0.5;

    /// <summary>
    /// Successful requests each version needs in the shared window before p99s are compared. A p99 of a few dozen samples
    /// is their maximum, one scheduler hiccup: an identical canary was rolled back once in 12 trials on 30 samples.
    /// </summary>
    [Range(1, 1_000_000)]
    public int P99MinSamples { get; init; } = 100;

    /// <summary>
    /// Confidence of the p99 bounds (order statistics of the binomial): at 0.99 a canary's p99 counts as higher only when
    /// its lower bound is, so a handful of pauses in one version's window cannot trip it.
    /// </summary>
    [Range(0.5, 0.999999)]
    public double P99Confidence { get; init; } = 0.99;

    /// <summary>An absolute floor: a p99 regression smaller than this never rolls back, whatever the ratio (sub-millisecond models jitter by more than 50 %).</summary>
    public TimeSpan P99MinRegression { get; init; } = TimeSpan.FromMilliseconds(5);
}
