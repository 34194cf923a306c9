namespace MlPlatform.Scheduler.Core;

/// <summary>The knobs of placement, fallback, backfill and retries.</summary>
/// <param name="CapacityStrategy">The name of the capacity strategy (<see cref="CapacityStrategies"/>).</param>
/// <param name="QueueAgeThreshold">A spot-eligible job that waited this long may fall back to on-demand.</param>
/// <param name="DeadlineSlack">A deadline is at risk when now + expected duration × (1 + slack) passes it.</param>
/// <param name="Backfill">Whether lower-priority jobs may start ahead of a blocked job when they do not delay it.</param>
/// <param name="MaxApplicationAttempts">Runs after which application errors fail the job.</param>
/// <param name="MaxInfrastructureRetries">Infrastructure failures after which the job fails.</param>
/// <param name="RetryBackoff">Back-off after the first infrastructure failure; doubles each time.</param>
/// <param name="MaxRetryBackoff">Upper bound of the back-off.</param>
public sealed record SchedulingPolicy(
    string CapacityStrategy,
    TimeSpan QueueAgeThreshold,
    double DeadlineSlack = 0.25,
    bool Backfill = true,
    int MaxApplicationAttempts = 3,
    int MaxInfrastructureRetries = 5,
    TimeSpan? RetryBackoff = null,
    TimeSpan? MaxRetryBackoff = null)
{
    /// <summary>Spot first with on-demand fallback after 30 minutes in the queue.</summary>
    public static SchedulingPolicy Default { get; } = new(CapacityStrategies.SpotFirstWithFallback, TimeSpan.FromMinutes(30));

    /// <summary>The back-off before retry number <paramref name="retry"/> (1-based) after infrastructure failures.</summary>
    public TimeSpan BackoffFor(int retry)
    {
        var baseDelay = RetryBackoff ?? TimeSpan.FromSeconds(10);
        var max = MaxRetryBackoff ?? TimeSpan.FromMinutes(10);
        var factor = Math.Pow(2, Math.Clamp(retry - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, max.Ticks));
        return delay;
    }
}
