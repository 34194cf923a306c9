using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;

namespace MlPlatform.ServiceDefaults;

/// <summary>Wires the pieces every bundled service shares, so each <c>Program.cs</c> only composes.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The health-check tag of checks that gate readiness (<c>/readyz</c>) but not liveness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Structured logs, validated shared options, health checks and the shutdown timeout.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ServiceDefaultsOptions>()
            .Bind(builder.Configuration.GetSection(ServiceDefaultsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var section = builder.Configuration.GetSection(ServiceDefaultsOptions.SectionName);
        var json = !bool.TryParse(section[nameof(ServiceDefaultsOptions.JsonLogs)], out var parsed) || parsed;
        builder.Logging.ClearProviders();
        if (json)
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                o.UseUtcTimestamp = true;
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.Services.AddHealthChecks();
        builder.Services.AddOptions<HostOptions>()
            .Configure<IOptions<ServiceDefaultsOptions>>((host, defaults) => host.ShutdownTimeout = defaults.Value.ShutdownTimeout);
        return builder;
    }

    /// <summary>
    /// <c>/healthz</c> (the process is alive), <c>/readyz</c> (checks tagged <see cref="ReadyTag"/> pass) and
    /// <c>/metrics</c> (Prometheus text format, with HTTP request metrics).
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="detailedReadiness">Answer <c>/readyz</c> with <see cref="HealthReportJson"/> instead of the bare status.</param>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, bool detailedReadiness = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHttpMetrics();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        var readiness = new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        };
        if (detailedReadiness)
        {
            readiness.ResponseWriter = HealthReportJson.WriteAsync;
        }

        app.MapHealthChecks("/readyz", readiness);
        app.MapMetrics("/metrics");
        return app;
    }
}
