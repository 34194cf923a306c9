using Microsoft.Extensions.Diagnostics.HealthChecks;
using MlPlatform.Inference.Serving;

namespace MlPlatform.Inference.Api.Hosting;

/// <summary>Gates <c>/readyz</c> on the engine: every model loaded and warmed up, not draining.</summary>
public sealed class EngineReadinessCheck(InferenceEngine engine) : IHealthCheck
{
    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (engine.IsReady)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{engine.ModelNames.Count} models ready"));
        }

        var why = engine.IsDraining ? "draining" : engine.FailedModels.Count > 0 ? $"failed: {string.Join(", ", engine.FailedModels.Keys)}" : "loading";
        return Task.FromResult(HealthCheckResult.Unhealthy(why));
    }
}
