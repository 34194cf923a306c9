using System.Text.Json.Serialization;
using k8s;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Configuration;
using MlPlatform.Scheduler.Api.Security;
using MlPlatform.Scheduler.Core;
using MlPlatform.Scheduler.Executors;
using MlPlatform.Scheduler.Storage;
using MlPlatform.ServiceDefaults;
using Prometheus;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>Composes the scheduler service: validated options, price tables, store, executor, engine, loop, auth, metrics.</summary>
internal static class SchedulerHostingExtensions
{
    public static IHostApplicationBuilder AddScheduler(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulerOptions>()
            .Bind(builder.Configuration.GetSection(SchedulerOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMetricFactory>(_ => Metrics.WithCustomRegistry(Metrics.DefaultRegistry));

        services.AddSingleton(sp =>
        {
            return PriceCatalogLoader.LoadDirectory(PricingDirectory(builder.Configuration));
        });
        services.AddSingleton(sp => SchedulerConfigurationFactory.Create(sp.GetRequiredService<IOptions<SchedulerOptions>>().Value, sp.GetRequiredService<PriceCatalog>()));
        services.AddSingleton<IJobStore>(sp => CreateStore(sp.GetRequiredService<IOptions<SchedulerOptions>>().Value.Store));
        services.AddSingleton<IJobExecutor>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SchedulerOptions>>().Value;
            return CreateExecutor(options.Executor, options.Teams, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<SchedulerMetrics>();
        services.AddSingleton<ISchedulerObserver>(sp => sp.GetRequiredService<SchedulerMetrics>());
        services.AddSingleton<SpendTracker>();
        services.AddSingleton<SchedulerEngine>();
        services.AddSingleton(sp =>
        {
            var leadership = new Leadership(
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IMetricFactory>(),
                InstanceId(sp.GetRequiredService<IOptions<SchedulerOptions>>().Value));

            // Known before the first request: a store no other replica can share makes this the single replica.
            if (sp.GetRequiredService<IJobStore>() is not ILeaderLease)
            {
                leadership.BecomeSingleReplica();
            }

            return leadership;
        });
        services.AddHostedService<StoreInitializer>();

        // Hosted services stop in reverse order: the loop finishes its cycle before the election gives the lease up.
        services.AddHostedService<LeaderElectionService>();
        services.AddHostedService<SchedulingLoop>();
        services.AddHostedService<SpendMetricsService>();
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("job-store", tags: [ServiceDefaultsExtensions.ReadyTag])
            .AddCheck<LeadershipHealthCheck>("leadership", tags: [ServiceDefaultsExtensions.ReadyTag]);

        services.AddAuthentication(TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        return builder;
    }

    // Unique per process: a restarted pod with the same name must not inherit the lease (and the fence) of its predecessor.
    private static string InstanceId(SchedulerOptions options) =>
        $"{options.InstanceId ?? Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}";

    private static IJobStore CreateStore(StoreOptions store) => store.Provider switch
    {
        StoreOptions.Postgres => new PostgresJobStore(store.PostgresConnectionString!, store.PostgresSchema),
        _ => new SqliteJobStore(store.SqlitePath ?? Path.Combine(Path.GetTempPath(), "mlplatform-scheduler", "scheduler.db")),
    };

    private static IJobExecutor CreateExecutor(ExecutorOptions executor, IEnumerable<TeamOptions> teams, TimeProvider time) => executor.Kind switch
    {
        ExecutorOptions.Kubernetes => new KubernetesExecutor(
            new Kubernetes(KubernetesClientConfiguration.IsInCluster() ? KubernetesClientConfiguration.InClusterConfig() : KubernetesClientConfiguration.BuildConfigFromConfigFile()),
            new KubernetesExecutorOptions
            {
                Namespace = executor.Namespace,
                ServiceAccount = executor.ServiceAccount,
                TeamNamespaces = teams.Where(t => t.Name is not null && t.Namespace is not null).ToDictionary(t => t.Name!, t => t.Namespace!, StringComparer.Ordinal),
            }),
        _ => new LocalProcessExecutor(executor.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "mlplatform-scheduler", "runs"), time, runRetention: executor.RunRetention),
    };

    /// <summary><c>Scheduler:PricingDirectory</c>, else <c>MLPLATFORM_PRICING_DIR</c>, else the repository's <c>data/pricing</c>.</summary>
    public static string PricingDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{SchedulerOptions.SectionName}:{nameof(SchedulerOptions.PricingDirectory)}"];
        return string.IsNullOrWhiteSpace(configured) ? PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory) : configured;
    }
}
