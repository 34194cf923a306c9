using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// Month-to-date spend per team for admission checks, recomputed from the store about once a second. Submits never wait
/// for a recomputation while a recent figure exists: a figure up to <see cref="MaxStale"/> old is served while one
/// request refreshes it in the background (admission is a guard against jobs that could never fit a budget; the
/// scheduling cycle enforces budgets on the current figures).
/// </summary>
internal sealed partial class SpendTracker(IJobStore store, TimeProvider time, ILogger<SpendTracker> logger) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    /// <summary>Beyond this age (the store slow or failing) a submit waits for a fresh figure rather than use the old one.</summary>
    private static readonly TimeSpan MaxStale = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _cached;
    private int _refreshing;

    public async Task<IReadOnlyDictionary<string, decimal>> MonthSpendAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cached = _cached;
        if (cached is not null && now - cached.At < MaxAge)
        {
            return cached.Spend;
        }

        if (cached is not null && now - cached.At < MaxStale)
        {
            if (Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
            {
                _ = RefreshInBackgroundAsync();
            }

            return cached.Spend;
        }

        return (await RefreshAsync(cancellationToken).ConfigureAwait(false)).Spend;
    }

    public void Dispose() => _refresh.Dispose();

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await RefreshAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The next submit tries again; after MaxStale submits wait for (and see) the failure themselves.
            RefreshFailed(logger, e);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private async Task<Snapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (_cached is { } again && now - again.At < MaxAge)
            {
                return again;
            }

            // One aggregate and the running jobs, never the month's jobs: this runs on the submit path.
            var settled = await store.SettledCostSinceAsync(TeamLedger.MonthStart(now), cancellationToken).ConfigureAwait(false);
            var running = await store.ListRunningAsync(cancellationToken).ConfigureAwait(false);
            var fresh = new Snapshot(now, TeamLedger.MonthSpend(settled, running, now));
            _cached = fresh;
            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the month-to-date spend failed; serving the previous figure")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);

    private sealed record Snapshot(DateTimeOffset At, IReadOnlyDictionary<string, decimal> Spend);
}
