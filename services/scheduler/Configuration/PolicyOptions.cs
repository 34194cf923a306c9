using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Configuration;

/// <summary>Placement, spot fallback, backfill and retry settings (see <see cref="SchedulingPolicy"/>).</summary>
public sealed class PolicyOptions
{
    public string CapacityStrategy { get; set; } = CapacityStrategies.SpotFirstWithFallback;

    public TimeSpan QueueAgeThreshold { get; set; } = TimeSpan.FromMinutes(30);

    public double DeadlineSlack { get; set; } = 0.25;

    public bool Backfill { get; set; } = true;

    public int MaxApplicationAttempts { get; set; } = 3;

    public int MaxInfrastructureRetries { get; set; } = 5;

    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromMinutes(10);

    public SchedulingPolicy ToPolicy() =>
        new(CapacityStrategy, QueueAgeThreshold, DeadlineSlack, Backfill, MaxApplicationAttempts, MaxInfrastructureRetries, RetryBackoff, MaxRetryBackoff);
}
