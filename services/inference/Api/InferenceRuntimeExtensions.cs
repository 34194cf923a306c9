using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using MlPlatform.Inference.Api.Configuration;
using MlPlatform.Inference.Api.Hosting;
using MlPlatform.Inference.Observability;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Serving;
using MlPlatform.ServiceDefaults;
using Prometheus;

namespace MlPlatform.Inference.Api;

/// <summary>Registers the inference runtime in a host.</summary>
public static class InferenceRuntimeExtensions
{
    /// <summary>The address the server listens on unless <c>urls</c> is configured: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8000";

    /// <summary>Options (validated at start-up), the engine and its collaborators, readiness, loopback default, <c>--repository</c>.</summary>
    public static IHostApplicationBuilder AddInferenceRuntime(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The prepared OCR repository is the lowest-priority default; configuration and --repository override it.
        var prepared = Environment.GetEnvironmentVariable(InferenceOptions.RepositoryEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(prepared))
        {
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
            {
                InitialData = [new($"{InferenceOptions.SectionName}:Repository:Path", prepared)],
            });
        }

        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
        {
            ["--repository"] = $"{InferenceOptions.SectionName}:Repository:Path",
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        var services = builder.Services;
        services.AddOptions<InferenceOptions>()
            .Bind(builder.Configuration.GetSection(InferenceOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<InferenceOptions>, InferenceOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IRandomSource, SharedRandomSource>();
        services.AddSingleton(_ => new InferenceMetrics(Metrics.DefaultRegistry));
        services.AddSingleton(sp => RepositoryFactory.Create(sp.GetRequiredService<IOptions<InferenceOptions>>().Value.Repository));
        services.AddSingleton<IModelExecutorFactory>(sp => new OnnxModelExecutorFactory(sp.GetRequiredService<IOptions<InferenceOptions>>().Value.Session));
        services.AddSingleton(sp => new InferenceEngine(
            sp.GetRequiredService<Repository.IModelRepository>(),
            sp.GetRequiredService<IModelExecutorFactory>(),
            sp.GetRequiredService<IOptions<InferenceOptions>>().Value.ToEngineSettings(),
            sp.GetRequiredService<InferenceMetrics>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IRandomSource>(),
            sp.GetRequiredService<ILogger<InferenceEngine>>()));
        services.AddHostedService<EngineHostedService>();
        services.AddHealthChecks().AddCheck<EngineReadinessCheck>("inference-models", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }
}
