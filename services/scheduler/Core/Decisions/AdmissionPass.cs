using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>
/// One call of <see cref="CycleDecider.Decide"/>: the cycle's ledgers built from the snapshot, then every pending job
/// decided in fair-share order — quota check, placement search, preemption of borrowers, cost hold, backfill
/// reservation — each decision leaving its effect on the ledgers for the next.
/// </summary>
internal sealed class AdmissionPass
{
    private readonly ClusterSnapshot _snapshot;
    private readonly ICapacityStrategy _strategy;
    private readonly CapacityLedger _capacity;
    private readonly QuotaLedger _quotas;
    private readonly RunningJobs _running;
    private readonly BackfillReservations _reservations;
    private readonly PlacementSearch _search;
    private readonly Preemptor _preemptor;
    private readonly DecisionMessages _messages;

    public AdmissionPass(ClusterSnapshot snapshot)
    {
        _snapshot = snapshot;
        _strategy = CapacityStrategies.Get(snapshot.Policy.CapacityStrategy);
        _messages = new DecisionMessages(snapshot.Policy);
        _capacity = new CapacityLedger(snapshot);
        _quotas = new QuotaLedger(snapshot);
        _running = new RunningJobs(_capacity.Pools.Count);
        _reservations = new BackfillReservations(_capacity.Pools.Count, snapshot.Now);
        _search = new PlacementSearch(_capacity, _reservations, snapshot.Now);
        _preemptor = new Preemptor(_capacity, _quotas, _running, _search);
        foreach (var job in snapshot.Running)
        {
            if (job.Placement is not { } placement)
            {
                continue;
            }

            var pool = _capacity.PoolNumber(placement.Pool);
            var nodes = _capacity.TakeRunning(pool, placement.Nodes, job.Spec.PerMember);
            _running.Add(new RunningEntry(job, pool, nodes, job.ExpectedEnd ?? snapshot.Now));
            _quotas.Hold(job.Spec);
        }
    }

    public IReadOnlyList<Decision> Run(IReadOnlyList<Job> pending) =>
        FairShareOrder.Run(pending, _snapshot, _quotas, _capacity.Total, DecideOne);

    private Decision DecideOne(Job job)
    {
        var now = _snapshot.Now;
        var spec = job.Spec;
        if (job.NotBefore is { } notBefore && notBefore > now)
        {
            return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.BackingOff, $"retrying after back-off at {notBefore:O}");
        }

        var (refusal, withinNominal, borrowed) = _quotas.Check(job);
        if (refusal is not null)
        {
            return refusal;
        }

        var team = _quotas[spec.Team];
        var deadlineAtRisk = spec.Deadline is { } deadline
            && now + TimeSpan.FromTicks((long)(spec.ExpectedDuration.Ticks * (1 + _snapshot.Policy.DeadlineSlack))) >= deadline;
        var choice = _strategy.Choose(spec, now - job.EnqueuedAt, deadlineAtRisk, _snapshot.Policy);
        var candidates = _search.MatchingPools(spec, spec.PerMember);
        if (candidates.Length == 0)
        {
            return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.NoMatchingPool, DecisionMessages.NoPool(spec));
        }

        var state = new SearchState();
        if (_search.TryFind(spec, team, candidates, choice, state, out var found))
        {
            return Admit(job, found, choice, borrowed, victims: null);
        }

        if (!state.AnyCapacityCandidate)
        {
            return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.NoMatchingPool, $"no {string.Join(" or ", choice.Order)} pool matches the request");
        }

        if (withinNominal && !borrowed && _preemptor.TryPreempt(job, team, candidates, choice, state) is { } preemption)
        {
            return Admit(job, preemption.Found, choice, borrowed: false, preemption.Victims);
        }

        if (state.CostBlock is not null && !state.ReservedBlock)
        {
            // Every pool with capacity (now or after preempting borrowers) was ruled out by cost: hold rather than wait.
            return new Decision(job.Id, DecisionOutcome.Hold, state.CostBlock, DecisionMessages.Cost(state.CostBlock, spec, team, state.CostBlockEstimate), EstimatedCostUsd: state.CostBlockEstimate);
        }

        if (_snapshot.Policy.Backfill)
        {
            _reservations.Reserve(candidates, choice, spec.Total.GpuMilli, _capacity, _running);
        }

        if (state.ReservedBlock)
        {
            return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.ReservedForHigherPriority, "the free capacity is reserved for a blocked higher-priority job and this job would delay it");
        }

        var spotOnly = choice.Order.Count == 1 && choice.Order[0] == CapacityType.Spot;
        return spotOnly
            ? new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.WaitingForSpot, _messages.WaitingForSpot)
            : new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.NoCapacity, _messages.NoCapacity(choice));
    }

    private Decision Admit(Job job, FoundPlacement found, CapacityChoice choice, bool borrowed, List<string>? victims)
    {
        var pool = _capacity.Pools[found.Pool];
        var fallback = found.Capacity == CapacityType.OnDemand && choice.FallbackReason is not null;
        var placement = new Placement(pool.Name, found.Capacity, _capacity.NodeNames(found.Nodes), found.UsdPerHour, found.OnDemandUsdPerHour, borrowed, fallback, found.Backfill);

        // The admitted job holds its nodes, quota and estimated spend for the rest of the cycle.
        _quotas.Hold(job.Spec);
        _quotas[job.Spec.Team].SpendUsd += found.Estimate;
        _running.Add(new RunningEntry(job, found.Pool, found.Nodes, _snapshot.Now + job.Spec.ExpectedDuration) { AdmittedThisCycle = true });
        if (victims is not null)
        {
            return new Decision(job.Id, DecisionOutcome.Admit, ReasonCodes.Preempting, $"team '{job.Spec.Team}' is within its quota; preempting {victims.Count} borrowing job(s) on {pool.Name}", placement, found.Estimate, victims);
        }

        var reason = fallback ? choice.FallbackReason! : found.Backfill ? ReasonCodes.Backfilled : borrowed ? ReasonCodes.BorrowedQuota : ReasonCodes.Admitted;
        return new Decision(job.Id, DecisionOutcome.Admit, reason, $"placed on {pool.Name} ({found.Capacity}) at {found.UsdPerHour:0.####} USD/h, estimate {found.Estimate:0.##} USD", placement, found.Estimate);
    }
}
