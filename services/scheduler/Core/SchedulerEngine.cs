namespace MlPlatform.Scheduler.Core;

/// <summary>
/// One scheduling cycle in numbered phases, Kueue style: (1) stop runs that must stop, (2) observe running jobs and
/// record how their runs ended, (3) take an immutable snapshot, (4) decide purely on it (<see cref="CycleDecider"/>),
/// (5) apply the decisions: persist first, then call the executor, so a crash at any point loses no accepted job and
/// starts no run twice (a recorded but unstarted run is found as <see cref="RunStatus.NotFound"/> and started then).
/// </summary>
public sealed class SchedulerEngine
{
    private readonly IJobStore _store;
    private readonly IJobExecutor _executor;
    private readonly SchedulerConfiguration _configuration;
    private readonly TimeProvider _time;
    private readonly ISchedulerObserver _observer;
    private readonly INodeAvailability? _availability;

    public SchedulerEngine(IJobStore store, IJobExecutor executor, SchedulerConfiguration configuration, TimeProvider time, ISchedulerObserver observer, INodeAvailability? availability = null)
    {
        _availability = availability;
        _store = store;
        _executor = executor;
        _configuration = configuration;
        _time = time;
        _observer = observer;
    }

    /// <summary>Runs one cycle on the engine's store.</summary>
    public Task<CycleReport> RunCycleAsync(CancellationToken cancellationToken) => RunCycleAsync(_store, cancellationToken);

    /// <summary>
    /// Runs one cycle on <paramref name="store"/>: the leader passes its fenced view (<see cref="ILeaderLease.FencedBy"/>),
    /// so a write after it lost the lease throws <see cref="LeadershipLostException"/> and the cycle stops there.
    /// </summary>
    public async Task<CycleReport> RunCycleAsync(IJobStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = _time.GetUtcNow();
        var active = (await store.ListActiveAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var conflicts = 0;

        // 1. Stop runs that were cancelled or preempted (stop first, then clear the flag: a crash in between stops again).
        for (var i = 0; i < active.Count; i++)
        {
            if (!active[i].StopRequested)
            {
                continue;
            }

            if (!await TryStopAsync(active[i], cancellationToken).ConfigureAwait(false))
            {
                // Still flagged: the next cycle tries again; this one goes on for every other job.
                continue;
            }

            var cleared = await store.TryUpdateAsync(active[i] with { StopRequested = false }, cancellationToken).ConfigureAwait(false);
            if (cleared is null)
            {
                conflicts++;
                active.RemoveAt(i--);
            }
            else
            {
                active[i] = cleared;
            }
        }

        // 2. Observe running jobs.
        var running = active.Where(j => j.State == JobState.Running).ToList();
        var observations = running.Count == 0
            ? []
            : await _executor.ObserveAsync(running, cancellationToken).ConfigureAwait(false);
        var byRun = observations.ToDictionary(o => (o.JobId, o.Attempt));
        var stillRunning = new List<Job>();
        var requeued = new List<Job>();
        int finished = 0, evicted = 0;
        foreach (var job in running)
        {
            var observation = byRun.GetValueOrDefault((job.Id, job.Attempt)) ?? new RunObservation(job.Id, job.Attempt, RunStatus.NotFound);
            switch (observation.Status)
            {
                case RunStatus.Running:
                    stillRunning.Add(job);
                    break;
                case RunStatus.NotFound:
                {
                    // Recorded as started but never handed over (crash between the two): start this same attempt now.
                    var restarted = await StartAsync(store, job, now, cancellationToken).ConfigureAwait(false);
                    if (restarted.State == JobState.Running)
                    {
                        stillRunning.Add(restarted);
                    }
                    else if (!restarted.IsFinal)
                    {
                        requeued.Add(restarted);
                    }

                    break;
                }

                case RunStatus.Succeeded:
                {
                    var done = await store.TryUpdateAsync(JobTransitions.Succeeded(job, now), cancellationToken).ConfigureAwait(false);
                    if (done is null)
                    {
                        conflicts++;
                        break;
                    }

                    finished++;
                    _observer.RunEnded(job, done);
                    break;
                }

                default:
                {
                    if (EvictionClassifier.CannotStart(observation) is { } why)
                    {
                        var failed = await store.TryUpdateAsync(JobTransitions.CannotStart(job, now, why, observation.ExitCode), cancellationToken).ConfigureAwait(false);
                        if (failed is null)
                        {
                            conflicts++;
                            break;
                        }

                        _observer.RunEnded(job, failed);
                        break;
                    }

                    var kind = EvictionClassifier.Classify(observation, job.Placement?.Capacity ?? CostModel.CapacityType.OnDemand);
                    var next = JobTransitions.Evicted(job, kind, now, _configuration.Policy, observation.ExitCode, observation.Reason);
                    var stored = await store.TryUpdateAsync(next, cancellationToken).ConfigureAwait(false);
                    if (stored is null)
                    {
                        conflicts++;
                        break;
                    }

                    evicted++;
                    _observer.Evicted(stored, kind);
                    _observer.RunEnded(job, stored);
                    if (!stored.IsFinal)
                    {
                        requeued.Add(stored);
                    }

                    break;
                }
            }
        }

        // 3. Snapshot.
        // The month's settled cost as one aggregate; running jobs are priced from this cycle's own view of them.
        var settled = await store.SettledCostSinceAsync(TeamLedger.MonthStart(now), cancellationToken).ConfigureAwait(false);
        // A requeued job whose old run could not be stopped yet is not schedulable: it would run twice.
        var pending = active.Where(j => j.State is JobState.Pending or JobState.Held && !j.StopRequested).Concat(requeued).ToList();
        var snapshot = new ClusterSnapshot(
            now,
            _configuration.Pools,
            _configuration.TeamsByName,
            _configuration.QueuesByName,
            stillRunning,
            TeamLedger.MonthSpend(settled, stillRunning, now),
            _configuration.Policy,
            _availability?.UnavailableNodes(now));

        // 4. Decide.
        var decisions = CycleDecider.Decide(snapshot, pending);

        // 5. Apply.
        var pendingById = pending.ToDictionary(j => j.Id, StringComparer.Ordinal);
        var runningById = stillRunning.ToDictionary(j => j.Id, StringComparer.Ordinal);
        int admitted = 0, preempted = 0, waiting = 0, held = 0;
        var nowRunning = new List<Job>(stillRunning);
        var nowPending = new List<Job>();
        foreach (var decision in decisions)
        {
            var job = pendingById[decision.JobId];
            if (decision.Outcome == DecisionOutcome.Admit)
            {
                var victimStillRunning = false;
                foreach (var victimId in decision.Victims ?? [])
                {
                    if (!runningById.TryGetValue(victimId, out var victim))
                    {
                        continue;
                    }

                    var requeue = JobTransitions.Evicted(victim, EvictionKind.Preempted, now, _configuration.Policy) with { StopRequested = true };
                    var stored = await store.TryUpdateAsync(requeue, cancellationToken).ConfigureAwait(false);
                    if (stored is null)
                    {
                        conflicts++;
                        continue;
                    }

                    if (!await TryStopAsync(victim, cancellationToken).ConfigureAwait(false))
                    {
                        // The victim still runs: it stays flagged (requeued, not schedulable until its stop succeeds)
                        // and the preempting job waits for the capacity rather than share the victim's nodes.
                        victimStillRunning = true;
                        nowRunning.RemoveAll(j => j.Id == victimId);
                        continue;
                    }

                    var cleared = await store.TryUpdateAsync(stored with { StopRequested = false }, cancellationToken).ConfigureAwait(false);
                    preempted++;
                    nowRunning.RemoveAll(j => j.Id == victimId);
                    _observer.Evicted(cleared ?? stored, EvictionKind.Preempted);
                    _observer.RunEnded(victim, cleared ?? stored);
                }

                if (victimStillRunning)
                {
                    nowPending.Add(job);
                    continue;
                }

                var started = await store.TryUpdateAsync(JobTransitions.Admitted(job, decision, now), cancellationToken).ConfigureAwait(false);
                if (started is null)
                {
                    conflicts++;
                    continue;
                }

                var handedOver = await StartAsync(store, started, now, cancellationToken).ConfigureAwait(false);
                if (handedOver.State != JobState.Running)
                {
                    // It never ran: failed for good, or back in the queue after an infrastructure failure.
                    if (!handedOver.IsFinal)
                    {
                        nowPending.Add(handedOver);
                    }

                    continue;
                }

                admitted++;
                nowRunning.Add(started);
                _observer.Admitted(started, now - job.EnqueuedAt);
                continue;
            }

            if (decision.Outcome == DecisionOutcome.Hold)
            {
                held++;
            }
            else
            {
                waiting++;
            }

            var next = JobTransitions.Waiting(job, decision);
            if (next.State != job.State || next.Reason != job.Reason)
            {
                next = await store.TryUpdateAsync(next, cancellationToken).ConfigureAwait(false) ?? job;
            }

            nowPending.Add(next);
        }

        _observer.CycleCompleted(decisions, nowPending, nowRunning, now);
        return new CycleReport(running.Count, finished, evicted, admitted, preempted, waiting, held, conflicts);
    }

    /// <summary>Asks the executor to stop <paramref name="job"/>'s run; a failure is reported and left for the next cycle.</summary>
    private async Task<bool> TryStopAsync(Job job, CancellationToken cancellationToken)
    {
        try
        {
            await _executor.StopAsync(job, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException and not LeadershipLostException)
        {
            _observer.ExecutorFailed("stop", job, e);
            return false;
        }
    }

    /// <summary>
    /// Hands a run to the executor. One job's start failure never fails the cycle for the others: a permanent one fails
    /// the job at once with its reason, any other counts as an infrastructure failure (back-off, retry limit).
    /// </summary>
    private async Task<Job> StartAsync(IJobStore store, Job job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Job next;
        try
        {
            await _executor.StartAsync(job, cancellationToken).ConfigureAwait(false);
            return job;
        }
        catch (RunStartException e) when (e.Permanent)
        {
            _observer.ExecutorFailed("start", job, e);
            next = JobTransitions.CannotStart(job, now, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException and not LeadershipLostException)
        {
            _observer.ExecutorFailed("start", job, e);
            next = JobTransitions.Evicted(job, EvictionKind.InfrastructureFailure, now, _configuration.Policy, detail: $"the run could not be started: {e.Message}");
            _observer.Evicted(next, EvictionKind.InfrastructureFailure);
        }

        var stored = await store.TryUpdateAsync(next, cancellationToken).ConfigureAwait(false) ?? job;
        _observer.RunEnded(job, stored);
        return stored;
    }
}
