using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>Month-to-date spend per team for admission checks, recomputed from the store at most once a second.</summary>
internal sealed class SpendTracker(IJobStore store, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (DateTimeOffset At, IReadOnlyDictionary<string, decimal> Spend)? _cached;

    public async Task<IReadOnlyDictionary<string, decimal>> MonthSpendAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cached is { } fresh && now - fresh.At < MaxAge)
        {
            return fresh.Spend;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } again && now - again.At < MaxAge)
            {
                return again.Spend;
            }

            // One aggregate and the running jobs, never the month's jobs: this runs on the submit path.
            var settled = await store.SettledCostSinceAsync(TeamLedger.MonthStart(now), cancellationToken).ConfigureAwait(false);
            var running = await store.ListRunningAsync(cancellationToken).ConfigureAwait(false);
            var spend = TeamLedger.MonthSpend(settled, running, now);
            _cached = (now, spend);
            return spend;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();
}
