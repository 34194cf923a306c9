using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Simulation;

/// <summary>
/// An <see cref="IJobExecutor"/> on a virtual clock: a run ends when its remaining work is done; a spot reclaim fails
/// the runs on the node (keeping the work up to the last checkpoint) and takes the node away for a while.
/// </summary>
public sealed class SimulatedExecutor : IJobExecutor, INodeAvailability
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _checkpointInterval;
    private readonly TimeSpan _nodeRecovery;
    private readonly Dictionary<string, TimeSpan> _remaining = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), Run> _runs = [];
    private readonly Dictionary<string, DateTimeOffset> _downUntil = new(StringComparer.Ordinal);
    private readonly PriorityQueue<(string Id, int Attempt), DateTimeOffset> _ends = new();
    private readonly Dictionary<string, HashSet<(string, int)>> _runsOnNode = new(StringComparer.Ordinal);
    private readonly List<(DateTimeOffset Start, DateTimeOffset End, double Gpus)> _allocations = [];

    public SimulatedExecutor(TimeProvider clock, IEnumerable<SimJob> jobs, InterruptionModel interruptions)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(interruptions);
        _clock = clock;
        _checkpointInterval = interruptions.CheckpointInterval;
        _nodeRecovery = interruptions.NodeRecovery;
        foreach (var job in jobs)
        {
            _remaining[job.Id] = job.Work;
        }
    }

    /// <inheritdoc/>
    public string Name => "simulator";

    /// <summary>GPU-seconds allocated to runs so far (including lost work).</summary>
    public double AllocatedGpuSeconds { get; private set; }

    /// <summary>GPU-seconds of ended runs (lost work included) that fall between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public double AllocatedGpuSecondsWithin(DateTimeOffset from, DateTimeOffset to)
    {
        var sum = 0d;
        foreach (var (start, end, gpus) in _allocations)
        {
            var overlap = (Min(end, to) - Max(start, from)).TotalSeconds;
            if (overlap > 0)
            {
                sum += gpus * overlap;
            }
        }

        return sum;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <inheritdoc/>
    public Task StartAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (_runs.ContainsKey((job.Id, job.Attempt)))
        {
            return Task.CompletedTask;
        }

        var now = _clock.GetUtcNow();
        var end = now + _remaining[job.Id];
        var run = new Run(now, end, job.Placement?.Nodes ?? [], (double)(job.Spec.Gpus * job.Spec.GangSize));
        _runs[(job.Id, job.Attempt)] = run;
        _ends.Enqueue((job.Id, job.Attempt), end);
        foreach (var node in run.Nodes)
        {
            if (!_runsOnNode.TryGetValue(node, out var set))
            {
                _runsOnNode[node] = set = [];
            }

            set.Add((job.Id, job.Attempt));
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (_runs.Remove((job.Id, job.Attempt), out var run))
        {
            Forget((job.Id, job.Attempt), run);
            if (run.Outcome is null)
            {
                Interrupt(job.Id, run);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<RunObservation>> ObserveAsync(IReadOnlyList<Job> running, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(running);
        var now = _clock.GetUtcNow();
        var observations = new List<RunObservation>(running.Count);
        foreach (var job in running)
        {
            if (!_runs.TryGetValue((job.Id, job.Attempt), out var run))
            {
                observations.Add(new RunObservation(job.Id, job.Attempt, RunStatus.NotFound));
                continue;
            }

            if (run.Outcome is null && now >= run.End)
            {
                run.Outcome = RunStatus.Succeeded;
                _remaining[job.Id] = TimeSpan.Zero;
                AllocatedGpuSeconds += run.Gpus * (run.End - run.Start).TotalSeconds;
                _allocations.Add((run.Start, run.End, run.Gpus));
            }

            if (run.Outcome is not null)
            {
                // Reported once; the engine moves the job on to a final state or a new attempt.
                _runs.Remove((job.Id, job.Attempt));
                Forget((job.Id, job.Attempt), run);
            }

            observations.Add(run.Outcome switch
            {
                RunStatus.Succeeded => new RunObservation(job.Id, job.Attempt, RunStatus.Succeeded, 0),
                RunStatus.Failed => new RunObservation(job.Id, job.Attempt, RunStatus.Failed, null, "SpotInterruption", NodeReclaimed: true),
                _ => new RunObservation(job.Id, job.Attempt, RunStatus.Running),
            });
        }

        return Task.FromResult<IReadOnlyList<RunObservation>>(observations);
    }

    /// <summary>Reclaims spot node <paramref name="node"/> now: its runs fail and it is down for the recovery time. Returns whether a run was hit.</summary>
    public bool Reclaim(string node)
    {
        var now = _clock.GetUtcNow();
        _downUntil[node] = now + _nodeRecovery;
        var hit = false;
        if (_runsOnNode.TryGetValue(node, out var keys))
        {
            foreach (var key in keys)
            {
                if (_runs.TryGetValue(key, out var run) && run.Outcome is null && now < run.End)
                {
                    run.Outcome = RunStatus.Failed;
                    Interrupt(key.Item1, run);
                    hit = true;
                }
            }
        }

        return hit;
    }

    /// <summary>The next time a run finishes, if any.</summary>
    public DateTimeOffset? NextRunEnd()
    {
        while (_ends.TryPeek(out var key, out var end))
        {
            if (_runs.TryGetValue(key, out var run) && run.Outcome is null)
            {
                return end;
            }

            _ends.Dequeue();
        }

        return null;
    }

    /// <summary>The next time a reclaimed node comes back, if any.</summary>
    public DateTimeOffset? NextRecovery(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var until in _downUntil.Values)
        {
            if (until > now && (next is null || until < next))
            {
                next = until;
            }
        }

        return next;
    }

    /// <inheritdoc/>
    public IReadOnlySet<string> UnavailableNodes(DateTimeOffset now)
    {
        var down = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, until) in _downUntil)
        {
            if (until > now)
            {
                down.Add(node);
            }
        }

        return down;
    }

    private void Forget((string, int) key, Run run)
    {
        foreach (var node in run.Nodes)
        {
            if (_runsOnNode.TryGetValue(node, out var set))
            {
                set.Remove(key);
            }
        }
    }

    private void Interrupt(string id, Run run)
    {
        var now = _clock.GetUtcNow();
        var elapsed = now - run.Start;
        AllocatedGpuSeconds += run.Gpus * elapsed.TotalSeconds;
        _allocations.Add((run.Start, now, run.Gpus));
        // Work is kept up to the last checkpoint.
        var kept = _checkpointInterval > TimeSpan.Zero ? TimeSpan.FromTicks(elapsed.Ticks / _checkpointInterval.Ticks * _checkpointInterval.Ticks) : TimeSpan.Zero;
        _remaining[id] = _remaining[id] - kept;
    }

    private sealed class Run(DateTimeOffset start, DateTimeOffset end, IReadOnlyList<string> nodes, double gpus)
    {
        public DateTimeOffset Start { get; } = start;

        public DateTimeOffset End { get; } = end;

        public IReadOnlyList<string> Nodes { get; } = nodes;

        public double Gpus { get; } = gpus;

        public RunStatus? Outcome { get; set; }
    }
}
