using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// Readiness detail: leader, follower or single replica. Every role is ready, since every replica serves the API; the
/// role only says which one runs the scheduling loop.
/// </summary>
internal sealed class LeadershipHealthCheck(Leadership leadership) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var role = leadership.Role;
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["role"] = Name(role),
            ["instance"] = leadership.InstanceId,
        };
        if (role == LeaderRole.Leader && leadership.LastGrant is { } grant)
        {
            data["epoch"] = grant.Epoch.ToString(CultureInfo.InvariantCulture);
            data["leaseExpiresAt"] = grant.ExpiresAt.ToString("O", CultureInfo.InvariantCulture);
        }

        var description = role switch
        {
            LeaderRole.Leader => "leader: runs the scheduling loop",
            LeaderRole.SingleReplica => "single replica: runs the scheduling loop",
            _ => "follower: serves the API; another replica runs the scheduling loop",
        };
        return Task.FromResult(HealthCheckResult.Healthy(description, data));
    }

    public static string Name(LeaderRole role) => role switch
    {
        LeaderRole.Leader => "leader",
        LeaderRole.SingleReplica => "single-replica",
        _ => "follower",
    };
}
