using Microsoft.Extensions.Options;
using MlPlatform.Scheduler.Configuration;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// Runs <see cref="SchedulerEngine.RunCycleAsync(IJobStore, CancellationToken)"/> every <see cref="SchedulerOptions.CycleInterval"/>
/// while this replica leads (<see cref="Leadership"/>), on the store fenced by its lease; a refused fenced write ends the
/// lead at once. A failed cycle is logged and retried.
/// </summary>
internal sealed partial class SchedulingLoop(SchedulerEngine engine, IJobStore store, Leadership leadership, IOptions<SchedulerOptions> options, TimeProvider time, ILogger<SchedulingLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CycleInterval, time);
        do
        {
            if (CycleStore() is not { } target)
            {
                continue;
            }

            try
            {
                var report = await engine.RunCycleAsync(target, stoppingToken).ConfigureAwait(false);
                if (report.Admitted + report.Finished + report.Evicted + report.Preempted > 0)
                {
                    LogCycle(report.Admitted, report.Finished, report.Evicted, report.Preempted, report.Waiting, report.Held);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (LeadershipLostException e)
            {
                leadership.Follow();
                LogLeadershipLost(e.Message);
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

    // The single replica writes plainly; a leader only through its fence; a follower not at all.
    private IJobStore? CycleStore() => leadership.Role switch
    {
        LeaderRole.SingleReplica => store,
        LeaderRole.Leader when leadership.Grant is { } grant && store is ILeaderLease lease => lease.FencedBy(grant),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "cycle: admitted {Admitted}, finished {Finished}, evicted {Evicted}, preempted {Preempted}, waiting {Waiting}, held {Held}")]
    private partial void LogCycle(int admitted, int finished, int evicted, int preempted, int waiting, int held);

    [LoggerMessage(Level = LogLevel.Warning, Message = "scheduling cycle stopped: leadership lost ({Reason})")]
    private partial void LogLeadershipLost(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "scheduling cycle failed; retrying next tick")]
    private partial void LogCycleFailed(Exception exception);
}
