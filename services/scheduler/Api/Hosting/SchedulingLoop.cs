using Microsoft.Extensions.Options;
using MlPlatform.Scheduler.Api.Configuration;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>Runs <see cref="SchedulerEngine.RunCycleAsync"/> every <see cref="SchedulerOptions.CycleInterval"/>; a failed cycle is logged and retried.</summary>
internal sealed partial class SchedulingLoop(SchedulerEngine engine, IOptions<SchedulerOptions> options, TimeProvider time, ILogger<SchedulingLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CycleInterval, time);
        do
        {
            try
            {
                var report = await engine.RunCycleAsync(stoppingToken).ConfigureAwait(false);
                if (report.Admitted + report.Finished + report.Evicted + report.Preempted > 0)
                {
                    LogCycle(report.Admitted, report.Finished, report.Evicted, report.Preempted, report.Waiting, report.Held);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The loop must survive any single failed cycle (store or executor hiccup); it logs and tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogCycleFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "cycle: admitted {Admitted}, finished {Finished}, evicted {Evicted}, preempted {Preempted}, waiting {Waiting}, held {Held}")]
    private partial void LogCycle(int admitted, int finished, int evicted, int preempted, int waiting, int held);

    [LoggerMessage(Level = LogLevel.Error, Message = "scheduling cycle failed; retrying next tick")]
    private partial void LogCycleFailed(Exception exception);
}
