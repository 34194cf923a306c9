namespace MlPlatform.Scheduler.Core;

/// <summary>
/// Free capacity of every node in one decision cycle, as flat arrays indexed by node (pools are consecutive ranges), with
/// the node ceilings pools may share and a memo of gang shapes that cannot fit a pool any more this cycle.
/// </summary>
internal sealed class CapacityLedger
{
    private readonly PoolSpec[] _pools;
    private readonly int[] _poolStart;
    private readonly long[] _poolFreeGpu;
    private readonly long[] _freeGpu;
    private readonly long[] _freeCpu;
    private readonly long[] _freeMem;
    private readonly int[] _occupancy;
    private readonly bool[] _unavailable;
    private readonly int[] _poolGroup;
    private readonly int[] _groupCeiling;
    private readonly int[] _groupBusy;
    private readonly Dictionary<string, int> _poolIndex = new(StringComparer.Ordinal);
    private readonly HashSet<(int Pool, long Gpu, long Cpu, long Mem, int Gang)> _failedShapes = [];

    /// <summary>Every node of <paramref name="snapshot"/>'s pools free, less the nodes it reports unavailable.</summary>
    public CapacityLedger(ClusterSnapshot snapshot)
    {
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
        _unavailable = new bool[nodes];
        (_poolGroup, _groupCeiling) = CeilingGroups(_pools);
        _groupBusy = new int[_groupCeiling.Length];
        _poolFreeGpu = new long[_pools.Length];
        var total = Resources.Zero;
        for (var p = 0; p < _pools.Length; p++)
        {
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
            if (n >= 0 && !_unavailable[n])
            {
                _unavailable[n] = true;
                var p = PoolOf(n);
                total -= _pools[p].NodeCapacity;
                _poolFreeGpu[p] -= _freeGpu[n];
                _freeGpu[n] = 0;
                _freeCpu[n] = 0;
                _freeMem[n] = 0;
            }
        }

        Total = total;
    }

    /// <summary>The pools, in the snapshot's order (their index is the pool number used everywhere here).</summary>
    public IReadOnlyList<PoolSpec> Pools => _pools;

    /// <summary>The capacity of every available node: the denominator of dominant shares.</summary>
    public Resources Total { get; }

    /// <summary>The number of pool <paramref name="name"/>, or -1.</summary>
    public int PoolNumber(string name) => _poolIndex.GetValueOrDefault(name, -1);

    /// <summary>Free GPUs (thousandths) of pool <paramref name="p"/>.</summary>
    public long FreeGpuMilli(int p) => _poolFreeGpu[p];

    /// <summary>A cheap test before <see cref="TryPlace"/>: enough GPUs in the pool and not a shape known not to fit.</summary>
    public bool CouldFit(int p, Resources member, int gang) =>
        _poolFreeGpu[p] >= member.GpuMilli * gang && !_failedShapes.Contains((p, member.GpuMilli, member.CpuMilli, member.MemoryMiB, gang));

    /// <summary>Places a gang all-or-nothing on pool <paramref name="p"/>, first fit in node order; the nodes are taken.</summary>
    public bool TryPlace(int p, Resources member, int gang, out int[] nodes)
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

    /// <summary>Takes the nodes of a job already running (its placement from the store); unknown nodes are skipped.</summary>
    public int[] TakeRunning(int pool, IReadOnlyList<string> nodeNames, Resources member)
    {
        var nodes = new int[nodeNames.Count];
        for (var m = 0; m < nodeNames.Count; m++)
        {
            var n = nodes[m] = NodeIndex(nodeNames[m]);
            if (n >= 0 && !_unavailable[n])
            {
                Take(n, member);
                if (pool >= 0)
                {
                    _poolFreeGpu[pool] -= member.GpuMilli;
                }
            }
        }

        return nodes;
    }

    /// <summary>Gives back a running gang's nodes (a preemption being tried); shapes of its pools may fit again.</summary>
    public void Release(int pool, int[] nodes, Resources member)
    {
        // A member on an unavailable node holds nothing there (the node has no capacity this cycle): nothing to give.
        foreach (var n in nodes)
        {
            if (n >= 0 && !_unavailable[n])
            {
                Give(n, member);
                _poolFreeGpu[pool] += member.GpuMilli;
            }
        }

        var group = _poolGroup[pool];
        _failedShapes.RemoveWhere(s => s.Pool == pool || (group >= 0 && _poolGroup[s.Pool] == group));
    }

    /// <summary>Takes back what <see cref="Release"/> gave (the preemption did not help).</summary>
    public void Restore(int pool, int[] nodes, Resources member)
    {
        foreach (var n in nodes)
        {
            if (n >= 0 && !_unavailable[n])
            {
                Take(n, member);
                _poolFreeGpu[pool] -= member.GpuMilli;
            }
        }
    }

    /// <summary>The names (<c>{pool}-{i}</c>) of <paramref name="nodes"/>.</summary>
    public string[] NodeNames(int[] nodes)
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
}
