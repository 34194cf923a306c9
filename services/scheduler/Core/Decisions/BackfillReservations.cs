namespace MlPlatform.Scheduler.Core;

/// <summary>
/// EASY backfill over one decision cycle: the first blocked job of a pool reserves it from the earliest time enough of
/// its GPUs free up (the shadow time); later jobs may use the pool only if they end before then or leave those GPUs.
/// </summary>
internal sealed class BackfillReservations(int pools, DateTimeOffset now)
{
    private readonly Reservation?[] _reservations = new Reservation?[pools];
    private readonly bool[] _tried = new bool[pools];

    /// <summary>The reservation on pool <paramref name="p"/>, if a blocked job made one.</summary>
    public Reservation? On(int p) => _reservations[p];

    /// <summary>Reserves, for a job needing <paramref name="needGpuMilli"/>, each candidate pool no earlier job reserved.</summary>
    public void Reserve(int[] candidates, CapacityChoice choice, long needGpuMilli, CapacityLedger capacity, RunningJobs running)
    {
        foreach (var p in candidates)
        {
            if (_tried[p] || !choice.Order.Contains(capacity.Pools[p].Capacity))
            {
                continue;
            }

            _tried[p] = true;
            var free = capacity.FreeGpuMilli(p);
            foreach (var entry in running.InPool(p).Where(e => !e.Preempted).OrderBy(e => e.ExpectedEnd))
            {
                free += entry.Job.Spec.PerMember.GpuMilli * entry.Nodes.Length;
                if (free >= needGpuMilli)
                {
                    _reservations[p] = new Reservation(entry.ExpectedEnd < now ? now : entry.ExpectedEnd, free - needGpuMilli);
                    break;
                }
            }
        }
    }
}
