using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

    private static int _metricsConfigured;

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

        // Quiet by default: ASP.NET Core's per-request Information lines (request start and end, routing, endpoint) came
        // to ~3.7 KB a request. Lowest priority, so Logging:LogLevel settings still win.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData =
            [
                new("Logging:LogLevel:Microsoft.AspNetCore", "Warning"),
                new("Logging:LogLevel:Grpc", "Warning"),
            ],
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
        {
            ["--repository"] = $"{InferenceOptions.SectionName}:Repository:Path",
        });
        var urls = builder.Configuration["urls"];
        if (string.IsNullOrEmpty(urls) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            urls = DefaultUrl;
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var grpcUrl = builder.Configuration[$"{InferenceOptions.SectionName}:Grpc:Url"] ?? GrpcOptions.DefaultUrl;
        var listen = GrpcListening.Plan(urls, grpcUrl);
        if (listen is not null)
        {
            // gRPC gets its own address beside REST, HTTP/2 only (h2c with prior knowledge: cleartext HTTP/1.1 and HTTP/2
            // cannot share a port); REST stays HTTP/1.1.
            builder.Configuration[WebHostDefaults.ServerUrlsKey] = listen.Urls;
        }

        ConfigureDefaultMetrics();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            if (listen is not null)
            {
                kestrel.ConfigureEndpointDefaults(listen.Configure);
            }
        });
        AddGrpcServer(builder);
        UseLargeReceiveBlocks(builder);
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

    // MsQuic's meter (UDP datagrams, QUIC worker queues: two dozen series) describes a transport this server never uses.
    // The adapter takes its options once per process, before the first collection; later hosts in the same process keep them.
    private static void ConfigureDefaultMetrics()
    {
        if (Interlocked.Exchange(ref _metricsConfigured, 1) == 0)
        {
            Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = instrument => !instrument.Meter.Name.Contains("Quic", StringComparison.OrdinalIgnoreCase));
        }
    }

    // Replaces Kestrel's memory pool factory (transport and HTTP/2 streams). An invalid size is left to the options
    // validator, which fails start-up naming the key.
    private static void UseLargeReceiveBlocks(WebApplicationBuilder builder)
    {
        var blockSize = builder.Configuration.GetValue<int?>($"{InferenceOptions.SectionName}:ReceiveBlockBytes") ?? LargeBlockMemoryPool.DefaultBlockSize;
        if (LargeBlockMemoryPool.IsValidBlockSize(blockSize))
        {
            builder.Services.RemoveAll<IMemoryPoolFactory<byte>>();
            builder.Services.AddSingleton<IMemoryPoolFactory<byte>>(new LargeBlockMemoryPoolFactory(blockSize));
        }
    }

    private static void AddGrpcServer(WebApplicationBuilder builder)
    {
        var maxBody = builder.Configuration.GetValue<long?>($"{InferenceOptions.SectionName}:MaxRequestBodyBytes") ?? new InferenceOptions().MaxRequestBodyBytes;
        builder.Services.AddGrpc(grpc =>
        {
            // Tensors are larger than gRPC's 4 MB default; the REST body limit applies to both protocols.
            grpc.MaxReceiveMessageSize = (int)Math.Min(int.MaxValue, maxBody);
            grpc.MaxSendMessageSize = null;
        });
    }
}
