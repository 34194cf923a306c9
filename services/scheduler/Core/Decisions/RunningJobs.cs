namespace MlPlatform.Scheduler.Core;

/// <summary>The jobs holding nodes in a decision cycle, in order and by pool.</summary>
internal sealed class RunningJobs
{
    private readonly List<RunningEntry> _all = [];
    private readonly List<RunningEntry>[] _byPool;

    public RunningJobs(int pools)
    {
        _byPool = new List<RunningEntry>[pools];
        for (var p = 0; p < pools; p++)
        {
            _byPool[p] = [];
        }
    }

    public IReadOnlyList<RunningEntry> All => _all;

    public IReadOnlyList<RunningEntry> InPool(int p) => _byPool[p];

    public void Add(RunningEntry entry)
    {
        _all.Add(entry);
        if (entry.Pool >= 0)
        {
            _byPool[entry.Pool].Add(entry);
        }
    }
}
