namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// Publishes the cost ledger's month-to-date spend per team (<c>scheduler_team_month_spend_usd</c>) at start and every
/// <see cref="Interval"/>, on every replica (the ledger lives in the shared store), so the budget-burn alert can project
/// it over the month. A failed read is logged and retried at the next tick.
/// </summary>
internal sealed partial class SpendMetricsService(SpendTracker spend, SchedulerMetrics metrics, TimeProvider time, ILogger<SpendMetricsService> logger) : BackgroundService
{
    /// <summary>Well under Prometheus' usual 30 s scrape interval multiplied by the alert's hold time.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                metrics.MonthSpend(await spend.MonthSpendAsync(stoppingToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A store hiccup must not stop the metric; the next tick tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read month-to-date spend for metrics")]
    private partial void LogFailed(Exception exception);
}
