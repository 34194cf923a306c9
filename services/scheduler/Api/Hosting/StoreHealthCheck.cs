using Microsoft.Extensions.Diagnostics.HealthChecks;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>Readiness: the job store answers.</summary>
internal sealed class StoreHealthCheck(IJobStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.PingAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("job store reachable")
            : HealthCheckResult.Unhealthy("job store unreachable");
}
