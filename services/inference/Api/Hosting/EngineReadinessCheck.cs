using Microsoft.Extensions.Diagnostics.HealthChecks;
using MlPlatform.Inference.Serving;

namespace MlPlatform.Inference.Api.Hosting;

/// <summary>Gates <c>/readyz</c> on the engine: every required model loaded and warmed up, not draining.</summary>
public sealed class EngineReadinessCheck(InferenceEngine engine) : IHealthCheck
{
    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (engine.IsReady)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{engine.ModelNames.Count} models ready"));
        }

        return Task.FromResult(HealthCheckResult.Unhealthy(string.Join("; ", engine.NotReadyReasons())));
    }
}
