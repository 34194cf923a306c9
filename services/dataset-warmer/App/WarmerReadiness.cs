using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MlPlatform.DatasetWarmer.App;

/// <summary>Ready once the first warm cycle has finished, so a rollout waits until nodes have their datasets.</summary>
internal sealed class WarmerReadiness : IHealthCheck
{
    private volatile bool _warmed;

    public void MarkWarmed() => _warmed = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_warmed ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("first warm cycle not finished"));
}
