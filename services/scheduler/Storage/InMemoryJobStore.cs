using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Storage;

/// <summary>A non-durable <see cref="IJobStore"/> with the same semantics as the SQL stores; for simulation and tests.</summary>
public sealed class InMemoryJobStore : IJobStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Team, string Key), string> _byClientKey = [];
    private readonly Dictionary<string, Job> _active = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<SubmitResult> SubmitAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            if (job.Spec.ClientKey is { } key && _byClientKey.TryGetValue((job.Spec.Team, key), out var existing))
            {
                return Task.FromResult(new SubmitResult(_jobs[existing], false));
            }

            if (_jobs.ContainsKey(job.Id))
            {
                throw new InvalidOperationException($"job id {job.Id} already exists");
            }

            var stored = job with { Version = 1 };
            _jobs[job.Id] = stored;
            Track(stored);
            if (job.Spec.ClientKey is { } newKey)
            {
                _byClientKey[(job.Spec.Team, newKey)] = job.Id;
            }

            return Task.FromResult(new SubmitResult(stored, true));
        }
    }

    /// <inheritdoc/>
    public Task<Job?> FindByClientKeyAsync(string team, string clientKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_byClientKey.TryGetValue((team, clientKey), out var id) ? _jobs[id] : null);
        }
    }

    /// <inheritdoc/>
    public Task<Job?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_jobs.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Job>> ListAsync(JobQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            IReadOnlyList<Job> result = _jobs.Values
                .Where(j => (query.Team is null || j.Spec.Team == query.Team)
                    && (query.Queue is null || j.Spec.Queue == query.Queue)
                    && (query.State is null || j.State == query.State)
                    && (query.After is null || query.After.Precedes(j)))
                .OrderByDescending(j => j.SubmittedAt.ToUnixTimeMilliseconds())
                .ThenByDescending(j => j.Id, StringComparer.Ordinal)
                .Take(query.Limit)
                .ToList();
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Job>> ListActiveAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Job> result = [.. _active.Values];
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, decimal>> SettledCostSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<string, decimal> result = _jobs.Values
                .Where(j => j.State != JobState.Running && (j.IsActive || j.FinishedAt >= since))
                .GroupBy(j => j.Spec.Team, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(j => j.CostUsd), StringComparer.Ordinal);
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Job>> ListRunningAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Job> result = [.. _active.Values.Where(j => j.State == JobState.Running)];
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Job>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Job> result = _jobs.Values.Where(j => j.IsActive || j.FinishedAt >= since).ToList();
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc/>
    public Task<Job?> TryUpdateAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            if (!_jobs.TryGetValue(job.Id, out var current) || current.Version != job.Version)
            {
                return Task.FromResult<Job?>(null);
            }

            var stored = job with { Version = job.Version + 1 };
            _jobs[job.Id] = stored;
            Track(stored);
            return Task.FromResult<Job?>(stored);
        }
    }

    /// <inheritdoc/>
    public Task<bool> PingAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    private void Track(Job job)
    {
        if (job.IsActive)
        {
            _active[job.Id] = job;
        }
        else
        {
            _active.Remove(job.Id);
        }
    }
}
