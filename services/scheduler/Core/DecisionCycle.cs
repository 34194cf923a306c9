using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>The working state of one <see cref="CycleDecider.Decide"/> call: free capacity per node, usage per team, reservations.</summary>
internal sealed class DecisionCycle
{
    private readonly ClusterSnapshot _snapshot;
    private readonly ICapacityStrategy _strategy;
    private readonly PoolSpec[] _pools;
    private readonly int[] _poolStart;
    private readonly long[] _poolFreeGpu;
    private readonly long[] _freeGpu;
    private readonly long[] _freeCpu;
    private readonly long[] _freeMem;
    private readonly int[] _occupancy;
    private readonly int[] _poolGroup;
    private readonly int[] _groupCeiling;
    private readonly int[] _groupBusy;
    private readonly Dictionary<string, int> _poolIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TeamUsage> _teams = new(StringComparer.Ordinal);
    private readonly List<RunningEntry> _running = [];
    private readonly List<RunningEntry>[] _runningByPool;
    private readonly Reservation?[] _reservations;
    private readonly bool[] _reservationTried;
    private readonly HashSet<(int[] Candidates, Resources Member, int Gang, IReadOnlyList<CapacityType> Order)> _failedPreemptions = new(PreemptionKeyComparer.Instance);
    private readonly HashSet<(int Pool, long Gpu, long Cpu, long Mem, int Gang)> _failedShapes = [];
    private readonly Dictionary<(string? Type, string? Models, decimal? Mem, bool Fractional, Resources Member), int[]> _matchingPools = [];
    private readonly Resources _total;
    private readonly string _waitingForSpotMessage;
    private readonly Dictionary<IReadOnlyList<CapacityType>, string> _noCapacityMessages = new(ReferenceEqualityComparer.Instance);
    private readonly long _cohortQuota;
    private long _cohortUsage;

    public DecisionCycle(ClusterSnapshot snapshot)
    {
        _snapshot = snapshot;
        _strategy = CapacityStrategies.Get(snapshot.Policy.CapacityStrategy);
        _waitingForSpotMessage = $"no spot capacity fits the request now; on-demand fallback after {snapshot.Policy.QueueAgeThreshold} in the queue";
        _pools = [.. snapshot.Pools];
        _poolStart = new int[_pools.Length + 1];
        for (var p = 0; p < _pools.Length; p++)
        {
            _poolStart[p + 1] = _poolStart[p] + _pools[p].NodeCount;
        }

        var nodes = _poolStart[_pools.Length];
        _freeGpu = new long[nodes];
        _freeCpu = new long[nodes];
        _freeMem = new long[nodes];
        _occupancy = new int[nodes];
        (_poolGroup, _groupCeiling) = CeilingGroups(_pools);
        _groupBusy = new int[_groupCeiling.Length];
        _poolFreeGpu = new long[_pools.Length];
        _runningByPool = new List<RunningEntry>[_pools.Length];
        _reservations = new Reservation?[_pools.Length];
        _reservationTried = new bool[_pools.Length];
        var total = Resources.Zero;
        for (var p = 0; p < _pools.Length; p++)
        {
            _runningByPool[p] = [];
            _poolIndex[_pools[p].Name] = p;
            var capacity = _pools[p].NodeCapacity;
            for (var i = 0; i < _pools[p].NodeCount; i++)
            {
                var n = _poolStart[p] + i;
                _freeGpu[n] = capacity.GpuMilli;
                _freeCpu[n] = capacity.CpuMilli;
                _freeMem[n] = capacity.MemoryMiB;
                _poolFreeGpu[p] += capacity.GpuMilli;
                total += capacity;
            }
        }

        foreach (var name in snapshot.UnavailableNodes ?? new HashSet<string>())
        {
            var n = NodeIndex(name);
            if (n >= 0 && _freeGpu[n] + _freeCpu[n] + _freeMem[n] > 0)
            {
                var p = PoolOf(n);
                total -= _pools[p].NodeCapacity;
                _poolFreeGpu[p] -= _freeGpu[n];
                _freeGpu[n] = 0;
                _freeCpu[n] = 0;
                _freeMem[n] = 0;
            }
        }

        _total = total;
        foreach (var team in snapshot.Teams.Values)
        {
            _teams[team.Name] = new TeamUsage(team, snapshot.TeamSpendUsd.GetValueOrDefault(team.Name));
            _cohortQuota += team.GpuQuotaMilli;
        }

        foreach (var job in snapshot.Running)
        {
            if (job.Placement is not { } placement)
            {
                continue;
            }

            var pool = _poolIndex.GetValueOrDefault(placement.Pool, -1);
            var member = job.Spec.PerMember;
            var nodeIndexes = new int[placement.Nodes.Count];
            for (var m = 0; m < placement.Nodes.Count; m++)
            {
                var n = nodeIndexes[m] = NodeIndex(placement.Nodes[m]);
                if (n >= 0 && !(snapshot.UnavailableNodes?.Contains(placement.Nodes[m]) ?? false))
                {
                    Take(n, member);
                    if (pool >= 0)
                    {
                        _poolFreeGpu[pool] -= member.GpuMilli;
                    }
                }
            }

            var entry = new RunningEntry(job, pool, nodeIndexes, job.ExpectedEnd ?? snapshot.Now);
            _running.Add(entry);
            if (pool >= 0)
            {
                _runningByPool[pool].Add(entry);
            }

            if (_teams.TryGetValue(job.Spec.Team, out var usage))
            {
                usage.Used += job.Spec.Total;
                _cohortUsage += job.Spec.Total.GpuMilli;
            }
        }
    }

    public IReadOnlyList<Decision> Run(IReadOnlyList<Job> pending)
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
            if (!_snapshot.Queues.TryGetValue(job.Spec.Queue, out var queue))
            {
                decisions.Add(new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.UnknownQueue, $"queue '{job.Spec.Queue}' is not configured"));
                continue;
            }

            if (!_teams.ContainsKey(job.Spec.Team))
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
                // Fair share: the team with the lowest weighted dominant share goes next.
                var best = 0;
                var bestShare = double.MaxValue;
                for (var t = 0; t < teamQueues.Count; t++)
                {
                    var share = _teams[teamQueues[t].Key].WeightedShare(_total);
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

                decisions.Add(DecideOne(job));
            }
        }

        return decisions;
    }

    private Decision DecideOne(Job job)
    {
        var now = _snapshot.Now;
        var spec = job.Spec;
        if (job.NotBefore is { } notBefore && notBefore > now)
        {
            return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.BackingOff, $"retrying after back-off at {notBefore:O}");
        }

        var team = _teams[spec.Team];
        var request = spec.Total;
        var withinNominal = team.Used.GpuMilli + request.GpuMilli <= team.Spec.GpuQuotaMilli;
        var borrowed = false;
        if (!withinNominal)
        {
            if (!team.Spec.CanBorrow)
            {
                return request.GpuMilli > team.Spec.GpuQuotaMilli
                    ? new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.QuotaNeverFits, $"needs {request.GpuMilli / 1000m} GPUs but team '{spec.Team}' has a quota of {team.Spec.GpuQuota} and may not borrow")
                    : new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.QuotaExceeded, $"team '{spec.Team}' uses {team.Used.GpuMilli / 1000m} of {team.Spec.GpuQuota} GPUs and may not borrow");
            }

            if (_cohortUsage + request.GpuMilli > _cohortQuota)
            {
                return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.QuotaExceeded, $"team '{spec.Team}' is at its quota of {team.Spec.GpuQuota} GPUs and no other team has idle quota to lend");
            }

            borrowed = true;
        }

        var deadlineAtRisk = spec.Deadline is { } deadline
            && now + TimeSpan.FromTicks((long)(spec.ExpectedDuration.Ticks * (1 + _snapshot.Policy.DeadlineSlack))) >= deadline;
        var choice = _strategy.Choose(spec, now - job.EnqueuedAt, deadlineAtRisk, _snapshot.Policy);
        var member = spec.PerMember;
        var candidates = MatchingPools(spec, member);
        if (candidates.Length == 0)
        {
            return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.NoMatchingPool, DescribeNoPool(spec));
        }

        var search = new SearchState();
        if (TryFind(spec, team, candidates, choice, search, out var found))
        {
            return Admit(job, found, choice, borrowed, victims: null);
        }

        if (!search.AnyCapacityCandidate)
        {
            return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.NoMatchingPool, $"no {string.Join(" or ", choice.Order)} pool matches the request");
        }

        if (withinNominal && !borrowed)
        {
            var preempted = TryPreempt(job, team, candidates, choice, search);
            if (preempted is not null)
            {
                return preempted;
            }
        }

        if (search.CostBlock is not null && !search.ReservedBlock)
        {
            // Every pool with capacity (now or after preempting borrowers) was ruled out by cost: hold rather than wait.
            return new Decision(job.Id, DecisionOutcome.Hold, search.CostBlock, CostMessage(search.CostBlock, spec, team, search.CostBlockEstimate), EstimatedCostUsd: search.CostBlockEstimate);
        }

        if (_snapshot.Policy.Backfill)
        {
            Reserve(candidates, choice, request.GpuMilli);
        }

        if (search.ReservedBlock)
        {
            return new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.ReservedForHigherPriority, "the free capacity is reserved for a blocked higher-priority job and this job would delay it");
        }

        var spotOnly = choice.Order.Count == 1 && choice.Order[0] == CapacityType.Spot;
        return spotOnly
            ? new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.WaitingForSpot, _waitingForSpotMessage)
            : new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.NoCapacity, NoCapacityMessage(choice));
    }

    /// <summary>
    /// The one placement search of a cycle, used by admission and by preemption alike: capacity types in the strategy's
    /// order, matching pools cheapest first, and in each the job's max cost, the team's monthly budget and backfill
    /// reservations before all-or-nothing gang placement. On success the nodes are taken (not yet committed).
    /// </summary>
    private bool TryFind(JobSpec spec, TeamUsage team, int[] candidates, CapacityChoice choice, SearchState state, out Found found)
    {
        var now = _snapshot.Now;
        var member = spec.PerMember;
        var gpuMilli = member.GpuMilli * spec.GangSize;
        foreach (var capacity in choice.Order)
        {
            foreach (var p in candidates)
            {
                var pool = _pools[p];
                if (pool.Capacity != capacity)
                {
                    continue;
                }

                state.AnyCapacityCandidate = true;
                if (!CouldFit(p, member, spec.GangSize))
                {
                    continue;
                }

                var (usdPerHour, onDemandPerHour) = Rates(pool, member, spec.GangSize);
                var estimate = RunCost.Usd(usdPerHour, spec.ExpectedDuration);
                var block = CostBlock(spec, team, estimate);
                if (block is not null)
                {
                    if (state.CostBlock is null)
                    {
                        state.CostBlock = block;
                        state.CostBlockEstimate = estimate;
                    }

                    continue;
                }

                var backfill = false;
                if (_reservations[p] is { } reservation && !reservation.Allows(now + spec.ExpectedDuration, gpuMilli, out backfill))
                {
                    state.ReservedBlock = true;
                    continue;
                }

                if (TryPlace(p, member, spec.GangSize, out var nodes))
                {
                    if (_reservations[p] is { } r && !backfill)
                    {
                        r.ExtraGpuMilli -= gpuMilli;
                    }

                    found = new Found(p, capacity, nodes, usdPerHour, onDemandPerHour, estimate, backfill);
                    return true;
                }
            }
        }

        found = default;
        return false;
    }

    private Decision Admit(Job job, Found found, CapacityChoice choice, bool borrowed, List<string>? victims)
    {
        var pool = _pools[found.Pool];
        var fallback = found.Capacity == CapacityType.OnDemand && choice.FallbackReason is not null;
        var placement = new Placement(pool.Name, found.Capacity, NodeNames(found.Nodes), found.UsdPerHour, found.OnDemandUsdPerHour, borrowed, fallback, found.Backfill);
        Commit(job, found.Pool, found.Nodes, found.Estimate);
        if (victims is not null)
        {
            return new Decision(job.Id, DecisionOutcome.Admit, ReasonCodes.Preempting, $"team '{job.Spec.Team}' is within its quota; preempting {victims.Count} borrowing job(s) on {pool.Name}", placement, found.Estimate, victims);
        }

        var reason = fallback ? choice.FallbackReason! : found.Backfill ? ReasonCodes.Backfilled : borrowed ? ReasonCodes.BorrowedQuota : ReasonCodes.Admitted;
        return new Decision(job.Id, DecisionOutcome.Admit, reason, $"placed on {pool.Name} ({found.Capacity}) at {found.UsdPerHour:0.####} USD/h, estimate {found.Estimate:0.##} USD", placement, found.Estimate);
    }

    private string NoCapacityMessage(CapacityChoice choice)
    {
        if (!_noCapacityMessages.TryGetValue(choice.Order, out var message))
        {
            _noCapacityMessages[choice.Order] = message = $"no {string.Join(" or ", choice.Order)} capacity fits the request now";
        }

        return message;
    }

    private static string? CostBlock(JobSpec spec, TeamUsage team, decimal estimate)
    {
        if (spec.MaxCostUsd is { } max && estimate > max)
        {
            return ReasonCodes.MaxCostExceeded;
        }

        return team.Spec.MonthlyBudgetUsd is { } budget && team.SpendUsd + estimate > budget ? ReasonCodes.BudgetExceeded : null;
    }

    private static string CostMessage(string reason, JobSpec spec, TeamUsage team, decimal estimate) => reason == ReasonCodes.MaxCostExceeded
        ? $"estimate {estimate:0.##} USD exceeds the job's max cost {spec.MaxCostUsd:0.##} USD"
        : $"estimate {estimate:0.##} USD would take team '{team.Spec.Name}' to {team.SpendUsd + estimate:0.##} USD, over its monthly budget of {team.Spec.MonthlyBudgetUsd:0.##} USD";

    private static (decimal UsdPerHour, decimal OnDemandUsdPerHour) Rates(PoolSpec pool, Resources member, int gang)
    {
        // A member pays for the dominant share of the node it occupies.
        var share = (decimal)member.DominantShare(pool.NodeCapacity) * gang;
        return (decimal.Round(pool.NodeUsdPerHour * share, 6), decimal.Round(pool.OnDemandNodeUsdPerHour * share, 6));
    }

    private int[] MatchingPools(JobSpec spec, Resources member)
    {
        var models = spec.GpuModels is { Count: > 0 } allowed ? string.Join('|', allowed) : null;
        var key = (spec.GpuType, models, spec.MinGpuMemoryGiB, spec.IsFractional, member);
        if (_matchingPools.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var list = new List<int>();
        for (var p = 0; p < _pools.Length; p++)
        {
            var pool = _pools[p];
            if (spec.GpuType is { } type && !string.Equals(type, pool.GpuModel, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (models is not null && !spec.GpuModels!.Contains(pool.GpuModel, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (spec.MinGpuMemoryGiB is { } minMemory && pool.GpuMemoryGiB < minMemory)
            {
                continue;
            }

            if (spec.IsFractional && !pool.AllowsSharing)
            {
                continue;
            }

            if (!pool.NodeCapacity.Fits(member))
            {
                continue;
            }

            list.Add(p);
        }

        var result = list.OrderBy(p => _pools[p].GpuUsdPerHour).ThenBy(p => p).ToArray();
        _matchingPools[key] = result;
        return result;
    }

    private bool CouldFit(int p, Resources member, int gang) =>
        _poolFreeGpu[p] >= member.GpuMilli * gang && !_failedShapes.Contains((p, member.GpuMilli, member.CpuMilli, member.MemoryMiB, gang));

    private bool TryPlace(int p, Resources member, int gang, out int[] nodes)
    {
        nodes = [];
        if (_poolFreeGpu[p] < member.GpuMilli * gang)
        {
            return false;
        }

        var shape = (p, member.GpuMilli, member.CpuMilli, member.MemoryMiB, gang);
        if (_failedShapes.Contains(shape))
        {
            return false;
        }

        var chosen = new int[gang];
        var placed = 0;
        var ceiling = _poolGroup[p] >= 0;
        for (var n = _poolStart[p]; n < _poolStart[p + 1] && placed < gang; n++)
        {
            if (ceiling && _occupancy[n] == 0 && !MayOpen(p))
            {
                continue;
            }

            while (placed < gang && _freeGpu[n] >= member.GpuMilli && _freeCpu[n] >= member.CpuMilli && _freeMem[n] >= member.MemoryMiB)
            {
                Take(n, member);
                chosen[placed++] = n;
            }
        }

        if (placed < gang)
        {
            for (var m = 0; m < placed; m++)
            {
                Give(chosen[m], member);
            }

            // Capacity only shrinks within a cycle (until a preemption frees some), so this shape cannot fit later either;
            // a ceiling shared with other pools only shrinks too.
            _failedShapes.Add(shape);
            return false;
        }

        _poolFreeGpu[p] -= member.GpuMilli * gang;
        nodes = chosen;
        return true;
    }

    private void Take(int n, Resources member)
    {
        _freeGpu[n] -= member.GpuMilli;
        _freeCpu[n] -= member.CpuMilli;
        _freeMem[n] -= member.MemoryMiB;
        if (_occupancy[n]++ == 0 && _groupCeiling.Length > 0 && _poolGroup[PoolOf(n)] is var g and >= 0)
        {
            _groupBusy[g]++;
        }
    }

    private void Give(int n, Resources member)
    {
        _freeGpu[n] += member.GpuMilli;
        _freeCpu[n] += member.CpuMilli;
        _freeMem[n] += member.MemoryMiB;
        if (--_occupancy[n] == 0 && _groupCeiling.Length > 0 && _poolGroup[PoolOf(n)] is var g and >= 0)
        {
            _groupBusy[g]--;
        }
    }

    /// <summary>Whether an empty node of pool <paramref name="p"/> may be started: its ceiling group has a node to spare.</summary>
    private bool MayOpen(int p) => _poolGroup[p] is var g && (g < 0 || _groupBusy[g] < _groupCeiling[g]);

    private static (int[] PoolGroup, int[] Ceiling) CeilingGroups(PoolSpec[] pools)
    {
        var poolGroup = new int[pools.Length];
        var ceilings = new List<int>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < pools.Length; p++)
        {
            if (pools[p].CeilingGroup is not { } name)
            {
                poolGroup[p] = -1;
                continue;
            }

            if (!byName.TryGetValue(name, out var g))
            {
                byName[name] = g = ceilings.Count;
                ceilings.Add(0);
            }

            poolGroup[p] = g;
            ceilings[g] = Math.Max(ceilings[g], pools[p].NodeCount);
        }

        return (poolGroup, [.. ceilings]);
    }

    private void Commit(Job job, int pool, int[] nodes, decimal estimate)
    {
        var team = _teams[job.Spec.Team];
        team.Used += job.Spec.Total;
        team.SpendUsd += estimate;
        _cohortUsage += job.Spec.Total.GpuMilli;
        var entry = new RunningEntry(job, pool, nodes, _snapshot.Now + job.Spec.ExpectedDuration) { AdmittedThisCycle = true };
        _running.Add(entry);
        _runningByPool[pool].Add(entry);
    }

    private string[] NodeNames(int[] nodes)
    {
        var names = new string[nodes.Length];
        for (var m = 0; m < nodes.Length; m++)
        {
            var p = PoolOf(nodes[m]);
            names[m] = _pools[p].NodeName(nodes[m] - _poolStart[p]);
        }

        return names;
    }

    /// <summary>The index of node <c>{pool}-{i}</c>, or -1 when no such node is configured.</summary>
    private int NodeIndex(string name)
    {
        var dash = name.LastIndexOf('-');
        if (dash <= 0
            || !_poolIndex.TryGetValue(name[..dash], out var p)
            || !int.TryParse(name.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
            || i >= _pools[p].NodeCount)
        {
            return -1;
        }

        return _poolStart[p] + i;
    }

    private int PoolOf(int node)
    {
        var index = Array.BinarySearch(_poolStart, node);
        if (index >= 0)
        {
            // Skip empty pools that start at the same index.
            while (index + 1 < _poolStart.Length && _poolStart[index + 1] == node)
            {
                index++;
            }

            return index;
        }

        return ~index - 1;
    }

    private Decision? TryPreempt(Job job, TeamUsage team, int[] candidates, CapacityChoice choice, SearchState search)
    {
        // Only borrowers can be preempted; most cycles have none.
        var anyBorrower = false;
        foreach (var usage in _teams.Values)
        {
            anyBorrower |= usage.Used.GpuMilli > usage.Spec.GpuQuotaMilli && usage.Spec.Name != job.Spec.Team;
        }

        if (!anyBorrower)
        {
            return null;
        }

        // A shape that could not be made to fit by preempting every borrower in these pools will not fit later in this
        // cycle either (capacity only shrinks; jobs admitted this cycle are never victims), until a preemption succeeds.
        // Failures caused by this job's own caps (max cost, budget) are not remembered: another job of the same shape
        // may pass them. (Reservations only tighten within a cycle, like capacity.)
        var memo = (candidates, job.Spec.PerMember, job.Spec.GangSize, choice.Order);
        if (_failedPreemptions.Contains(memo))
        {
            return null;
        }

        var eligible = new HashSet<int>(candidates.Where(p => choice.Order.Contains(_pools[p].Capacity)));
        var victims = _running
            .Where(e => !e.AdmittedThisCycle && !e.Preempted && e.Pool >= 0 && eligible.Contains(e.Pool)
                && _teams.TryGetValue(e.Job.Spec.Team, out var owner) && owner.Used.GpuMilli > owner.Spec.GpuQuotaMilli
                && e.Job.Spec.Team != job.Spec.Team)
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
            var owner = _teams[victim.Job.Spec.Team];
            if (owner.Used.GpuMilli <= owner.Spec.GpuQuotaMilli)
            {
                continue;
            }

            Release(victim);
            removed.Add(victim);
            var attempt = new SearchState();
            var placed = TryFind(job.Spec, team, candidates, choice, attempt, out var found);
            if (attempt.CostBlock is not null && search.CostBlock is null)
            {
                search.CostBlock = attempt.CostBlock;
                search.CostBlockEstimate = attempt.CostBlockEstimate;
            }

            search.ReservedBlock |= attempt.ReservedBlock;
            capped |= attempt.CostBlock is not null;
            if (placed)
            {
                _failedPreemptions.Clear();
                return Admit(job, found, choice, borrowed: false, removed.ConvertAll(r => r.Job.Id));
            }
        }

        foreach (var victim in removed)
        {
            Restore(victim);
        }

        if (!capped)
        {
            _failedPreemptions.Add(memo);
        }

        return null;
    }

    private void Release(RunningEntry entry)
    {
        entry.Preempted = true;
        var member = entry.Job.Spec.PerMember;
        foreach (var n in entry.Nodes)
        {
            if (n >= 0)
            {
                Give(n, member);
            }
        }

        _poolFreeGpu[entry.Pool] += member.GpuMilli * entry.Nodes.Length;
        _teams[entry.Job.Spec.Team].Used -= entry.Job.Spec.Total;
        _cohortUsage -= entry.Job.Spec.Total.GpuMilli;
        var group = _poolGroup[entry.Pool];
        _failedShapes.RemoveWhere(s => s.Pool == entry.Pool || (group >= 0 && _poolGroup[s.Pool] == group));
    }

    private void Restore(RunningEntry entry)
    {
        entry.Preempted = false;
        var member = entry.Job.Spec.PerMember;
        foreach (var n in entry.Nodes)
        {
            if (n >= 0)
            {
                Take(n, member);
            }
        }

        _poolFreeGpu[entry.Pool] -= member.GpuMilli * entry.Nodes.Length;
        _teams[entry.Job.Spec.Team].Used += entry.Job.Spec.Total;
        _cohortUsage += entry.Job.Spec.Total.GpuMilli;
    }

    private void Reserve(int[] candidates, CapacityChoice choice, long needGpuMilli)
    {
        foreach (var p in candidates)
        {
            // Only the first blocked job of a pool reserves it (EASY backfill); later ones do not recompute.
            if (_reservationTried[p] || !choice.Order.Contains(_pools[p].Capacity))
            {
                continue;
            }

            _reservationTried[p] = true;

            // EASY backfill: the earliest time enough GPUs free up in this pool (the shadow time) and the GPUs to spare then.
            var free = _poolFreeGpu[p];
            foreach (var entry in _runningByPool[p].Where(e => !e.Preempted).OrderBy(e => e.ExpectedEnd))
            {
                free += entry.Job.Spec.PerMember.GpuMilli * entry.Nodes.Length;
                if (free >= needGpuMilli)
                {
                    _reservations[p] = new Reservation(entry.ExpectedEnd < _snapshot.Now ? _snapshot.Now : entry.ExpectedEnd, free - needGpuMilli);
                    break;
                }
            }
        }
    }

    private static string DescribeNoPool(JobSpec spec)
    {
        var parts = new List<string>();
        if (spec.GpuType is not null)
        {
            parts.Add($"GPU type {spec.GpuType}");
        }

        if (spec.GpuModels is { Count: > 0 } models)
        {
            parts.Add($"GPU model {string.Join(" or ", models)}");
        }

        if (spec.MinGpuMemoryGiB is not null)
        {
            parts.Add($"at least {spec.MinGpuMemoryGiB} GiB per GPU");
        }

        if (spec.IsFractional)
        {
            parts.Add("GPU sharing");
        }

        parts.Add($"{spec.PerMember} per member");
        return $"no pool offers {string.Join(", ", parts)}";
    }

    /// <summary>Why a placement search found nothing, gathered over the pools it tried.</summary>
    private sealed class SearchState
    {
        public bool AnyCapacityCandidate { get; set; }

        public string? CostBlock { get; set; }

        public decimal CostBlockEstimate { get; set; }

        public bool ReservedBlock { get; set; }
    }

    /// <summary>A placement the search found: pool, capacity, the node of each member, prices and estimate.</summary>
    private readonly record struct Found(int Pool, CapacityType Capacity, int[] Nodes, decimal UsdPerHour, decimal OnDemandUsdPerHour, decimal Estimate, bool Backfill);

    private sealed class TeamUsage(TeamSpec spec, decimal spendUsd)
    {
        public TeamSpec Spec { get; } = spec;

        public Resources Used { get; set; }

        public decimal SpendUsd { get; set; } = spendUsd;

        public double WeightedShare(Resources total) => Used.DominantShare(total) / (Spec.Weight <= 0 ? 1 : Spec.Weight);
    }

    private sealed class RunningEntry(Job job, int pool, int[] nodes, DateTimeOffset expectedEnd)
    {
        public Job Job { get; } = job;

        public int Pool { get; } = pool;

        public int[] Nodes { get; } = nodes;

        public DateTimeOffset ExpectedEnd { get; } = expectedEnd;

        public bool AdmittedThisCycle { get; init; }

        public bool Preempted { get; set; }
    }

    private sealed class Reservation(DateTimeOffset shadow, long extraGpuMilli)
    {
        public DateTimeOffset Shadow { get; } = shadow;

        public long ExtraGpuMilli { get; set; } = extraGpuMilli;

        /// <summary>A job may start if it ends before the shadow time, or uses only GPUs the reserved job does not need.</summary>
        public bool Allows(DateTimeOffset end, long gpuMilli, out bool backfill)
        {
            backfill = end <= Shadow;
            return backfill || gpuMilli <= ExtraGpuMilli;
        }
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
