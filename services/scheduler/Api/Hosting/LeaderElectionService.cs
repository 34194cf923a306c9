using Microsoft.Extensions.Options;
using MlPlatform.Scheduler.Configuration;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// Keeps <see cref="Leadership"/> current: every <see cref="SchedulerOptions.LeaseRenewInterval"/> it renews this replica's
/// lease or tries to take a lapsed one. A store that is not shared makes this replica the single one. On shutdown the
/// leader gives the lease up, so a rolling update hands over at once instead of after <see cref="SchedulerOptions.LeaseDuration"/>.
/// Registered before <see cref="SchedulingLoop"/>, so it stops after the loop has finished its cycle.
/// </summary>
internal sealed partial class LeaderElectionService(IJobStore store, Leadership leadership, IOptions<SchedulerOptions> options, TimeProvider time, ILogger<LeaderElectionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is not ILeaderLease lease)
        {
            LogSingleReplica(leadership.InstanceId);
            return;
        }

        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.LeaseRenewInterval, time);
        do
        {
            var sentAt = time.GetTimestamp();
            try
            {
                var grant = await lease.TryAcquireAsync(leadership.InstanceId, settings.LeaseDuration, stoppingToken).ConfigureAwait(false);
                if (grant is null)
                {
                    if (leadership.Follow())
                    {
                        LogFollowing(leadership.InstanceId);
                    }
                }
                else if (leadership.Lead(grant, sentAt))
                {
                    LogLeading(leadership.InstanceId, grant.Epoch);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed renewal must not end the election: the lead lapses by itself at its local deadline.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogRenewFailed(e, leadership.InstanceId);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (store is ILeaderLease lease && leadership.Grant is { } grant)
        {
            leadership.Follow();
            try
            {
                await lease.ReleaseAsync(grant, cancellationToken).ConfigureAwait(false);
                LogReleased(leadership.InstanceId, grant.Epoch);
            }
#pragma warning disable CA1031 // Shutting down: an unreleased lease lapses by itself.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogReleaseFailed(e, grant.Epoch);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "leader election: {Instance} is the single replica (the store is not shared)")]
    private partial void LogSingleReplica(string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "leader election: {Instance} now leads the scheduling loop (epoch {Epoch})")]
    private partial void LogLeading(string instance, long epoch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "leader election: {Instance} follows (another replica holds the lease)")]
    private partial void LogFollowing(string instance);

    [LoggerMessage(Level = LogLevel.Error, Message = "leader election: {Instance} could not renew or take the lease; retrying")]
    private partial void LogRenewFailed(Exception exception, string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "leader election: {Instance} released the lease (epoch {Epoch})")]
    private partial void LogReleased(string instance, long epoch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "leader election: releasing the lease of epoch {Epoch} failed; it lapses by itself")]
    private partial void LogReleaseFailed(Exception exception, long epoch);
}
