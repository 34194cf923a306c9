using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>
/// Preemption of borrowers (Kueue's "reclaim within cohort"): a job within its team's nominal quota that finds no room
/// may take nodes back from jobs of teams over their quota, lowest priority and newest first, through the same
/// <see cref="PlacementSearch"/> as admission — so its max cost, team budget and reservations hold here too.
/// </summary>
internal sealed class Preemptor(CapacityLedger capacity, QuotaLedger quotas, RunningJobs running, PlacementSearch search)
{
    private readonly HashSet<(int[] Candidates, Resources Member, int Gang, IReadOnlyList<CapacityType> Order)> _failed = new(PreemptionKeyComparer.Instance);

    /// <summary>
    /// Frees borrowers' nodes one victim at a time until <paramref name="job"/> fits; returns the placement and the victims,
    /// or null (then every victim is restored). What blocked the search on the way is merged into <paramref name="state"/>.
    /// </summary>
    public (FoundPlacement Found, List<string> Victims)? TryPreempt(Job job, TeamUsage team, int[] candidates, CapacityChoice choice, SearchState state)
    {
        if (!quotas.AnyBorrowerBesides(job.Spec.Team))
        {
            return null;
        }

        // A shape that could not be made to fit by preempting every borrower in these pools will not fit later in this
        // cycle either (capacity only shrinks; jobs admitted this cycle are never victims), until a preemption succeeds.
        // Failures caused by this job's own caps (max cost, budget) are not remembered: another job of the same shape
        // may pass them. (Reservations only tighten within a cycle, like capacity.)
        var memo = (candidates, job.Spec.PerMember, job.Spec.GangSize, choice.Order);
        if (_failed.Contains(memo))
        {
            return null;
        }

        var eligible = new HashSet<int>(candidates.Where(p => choice.Order.Contains(capacity.Pools[p].Capacity)));
        var victims = running.All
            .Where(e => !e.AdmittedThisCycle && !e.Preempted && e.Pool >= 0 && eligible.Contains(e.Pool)
                && quotas.IsBorrowing(e.Job.Spec.Team) && e.Job.Spec.Team != job.Spec.Team)
            .OrderBy(e => e.Job.Spec.Priority)
            .ThenByDescending(e => e.Job.StartedAt)
            .ToList();
        if (victims.Count == 0)
        {
            return null;
        }

        var removed = new List<RunningEntry>();
        var capped = false;
        foreach (var victim in victims)
        {
            if (!quotas[victim.Job.Spec.Team].IsBorrowing)
            {
                continue;
            }

            Release(victim);
            removed.Add(victim);
            var attempt = new SearchState();
            var placed = search.TryFind(job.Spec, team, candidates, choice, attempt, out var found);
            state.Merge(attempt);
            capped |= attempt.CostBlock is not null;
            if (placed)
            {
                _failed.Clear();
                return (found, removed.ConvertAll(r => r.Job.Id));
            }
        }

        foreach (var victim in removed)
        {
            Restore(victim);
        }

        if (!capped)
        {
            _failed.Add(memo);
        }

        return null;
    }

    private void Release(RunningEntry entry)
    {
        entry.Preempted = true;
        capacity.Release(entry.Pool, entry.Nodes, entry.Job.Spec.PerMember);
        quotas.Free(entry.Job.Spec);
    }

    private void Restore(RunningEntry entry)
    {
        entry.Preempted = false;
        capacity.Restore(entry.Pool, entry.Nodes, entry.Job.Spec.PerMember);
        quotas.Hold(entry.Job.Spec);
    }

    private sealed class PreemptionKeyComparer : IEqualityComparer<(int[] Candidates, Resources Member, int Gang, IReadOnlyList<CapacityType> Order)>
    {
        public static readonly PreemptionKeyComparer Instance = new();

        // Candidate arrays and capacity orders are cached instances, so reference equality identifies them.
        public bool Equals((int[] Candidates, Resources Member, int Gang, IReadOnlyList<CapacityType> Order) x, (int[] Candidates, Resources Member, int Gang, IReadOnlyList<CapacityType> Order) y) =>
            ReferenceEquals(x.Candidates, y.Candidates) && x.Member == y.Member && x.Gang == y.Gang && ReferenceEquals(x.Order, y.Order);

        public int GetHashCode((int[] Candidates, Resources Member, int Gang, IReadOnlyList<CapacityType> Order) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Candidates), obj.Member, obj.Gang, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Order));
    }
}
