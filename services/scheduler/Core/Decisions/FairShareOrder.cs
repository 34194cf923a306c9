namespace MlPlatform.Scheduler.Core;

/// <summary>
/// The order pending jobs are decided in: bands by queue priority then job priority (highest first); within a band,
/// round by round, the team with the lowest weighted dominant share goes next (its oldest job first), so each decision
/// sees the usage the previous ones left — like Kueue's fair-sharing iterator.
/// </summary>
internal static class FairShareOrder
{
    /// <summary>Decides <paramref name="pending"/> in fair-share order with <paramref name="decide"/>.</summary>
    public static List<Decision> Run(IReadOnlyList<Job> pending, ClusterSnapshot snapshot, QuotaLedger quotas, Resources total, Func<Job, Decision> decide)
    {
        var decisions = new List<Decision>(pending.Count);
        var bands = new SortedDictionary<(int QueuePriority, int Priority), Dictionary<string, Queue<Job>>>(BandOrder.Instance);
        var ordered = pending.ToArray();
        Array.Sort(ordered, static (a, b) =>
        {
            var byAge = a.EnqueuedAt.CompareTo(b.EnqueuedAt);
            return byAge != 0 ? byAge : string.CompareOrdinal(a.Id, b.Id);
        });
        foreach (var job in ordered)
        {
            if (!snapshot.Queues.TryGetValue(job.Spec.Queue, out var queue))
            {
                decisions.Add(new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.UnknownQueue, $"queue '{job.Spec.Queue}' is not configured"));
                continue;
            }

            if (!quotas.IsConfigured(job.Spec.Team))
            {
                decisions.Add(new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.UnknownTeam, $"team '{job.Spec.Team}' is not configured"));
                continue;
            }

            var key = (queue.Priority, job.Spec.Priority);
            if (!bands.TryGetValue(key, out var byTeam))
            {
                bands[key] = byTeam = new Dictionary<string, Queue<Job>>(StringComparer.Ordinal);
            }

            if (!byTeam.TryGetValue(job.Spec.Team, out var teamQueue))
            {
                byTeam[job.Spec.Team] = teamQueue = new Queue<Job>();
            }

            teamQueue.Enqueue(job);
        }

        foreach (var band in bands.Values)
        {
            var teamQueues = band.ToList();
            while (teamQueues.Count > 0)
            {
                var best = 0;
                var bestShare = double.MaxValue;
                for (var t = 0; t < teamQueues.Count; t++)
                {
                    var share = quotas[teamQueues[t].Key].WeightedShare(total);
                    if (share < bestShare)
                    {
                        bestShare = share;
                        best = t;
                    }
                }

                var job = teamQueues[best].Value.Dequeue();
                if (teamQueues[best].Value.Count == 0)
                {
                    teamQueues.RemoveAt(best);
                }

                decisions.Add(decide(job));
            }
        }

        return decisions;
    }

    private sealed class BandOrder : IComparer<(int QueuePriority, int Priority)>
    {
        public static readonly BandOrder Instance = new();

        public int Compare((int QueuePriority, int Priority) x, (int QueuePriority, int Priority) y)
        {
            var byQueue = y.QueuePriority.CompareTo(x.QueuePriority);
            return byQueue != 0 ? byQueue : y.Priority.CompareTo(x.Priority);
        }
    }
}
