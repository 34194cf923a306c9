namespace MlPlatform.Scheduler.Core;

/// <summary>
/// A store shared by several scheduler replicas: one lease says which replica runs the scheduling cycle, and the cycle's
/// writes are fenced by it. Time is the store's own clock, never a replica's, so skewed pods cannot both lead.
/// </summary>
public interface ILeaderLease
{
    /// <summary>
    /// Acquires the lease for <paramref name="holder"/> when it is free or lapsed, or renews it when <paramref name="holder"/>
    /// holds it; null when another replica holds a live lease.
    /// </summary>
    Task<LeaseGrant?> TryAcquireAsync(string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up at once (graceful shutdown), so a follower takes over without waiting for it to lapse.</summary>
    Task ReleaseAsync(LeaseGrant grant, CancellationToken cancellationToken);

    /// <summary>
    /// The store as seen by the holder of <paramref name="grant"/>: reads as usual, while every update first checks, in the
    /// same transaction, that the grant is still the live lease, and throws <see cref="LeadershipLostException"/> if not.
    /// </summary>
    IJobStore FencedBy(LeaseGrant grant);
}
