namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// Spot interruptions as a Poisson process: each spot node is reclaimed at <paramref name="ReclaimsPerNodeHour"/> on
/// average, is unavailable for <paramref name="NodeRecovery"/> afterwards, and a reclaimed run loses the work since its
/// last checkpoint (taken every <paramref name="CheckpointInterval"/>).
/// </summary>
public sealed record InterruptionModel(double ReclaimsPerNodeHour, TimeSpan NodeRecovery, TimeSpan CheckpointInterval, int Seed = 7)
{
    /// <summary>About one reclaim per node per 20 hours, 10 minutes to replace a node, checkpoints every 30 minutes.</summary>
    public static InterruptionModel Default { get; } = new(0.05, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30));
}
