namespace MlPlatform.Scheduler.Core;

/// <summary>
/// The pure heart of a scheduling cycle: given a <see cref="ClusterSnapshot"/> and the pending jobs, decide for each
/// job whether it is admitted (where, at what price, preempting whom), waits or is held, and why. No I/O and no clock:
/// the service, the simulator and the benchmark all call this same function.
/// </summary>
/// <remarks>
/// Order: queue priority, then job priority, then fair share between teams within a band (lowest weighted dominant
/// share first), then queue age. Per job: back-off, quota (nominal or borrowed from idle quota), capacity strategy
/// (spot first, on-demand after the queue-age threshold or when the deadline is at risk), cheapest matching pool whose
/// estimate stays inside the job's max cost and the team's monthly budget, all-or-nothing gang placement, preemption of
/// borrowers when an owner within its quota cannot fit, and EASY backfill behind the first blocked job of each pool.
/// </remarks>
public static class CycleDecider
{
    /// <summary>Decides every job in <paramref name="pending"/> (state Pending or Held) against <paramref name="snapshot"/>.</summary>
    public static IReadOnlyList<Decision> Decide(ClusterSnapshot snapshot, IReadOnlyList<Job> pending)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(pending);
        var cycle = new AdmissionPass(snapshot);
        return cycle.Run(pending);
    }
}
