using Microsoft.Extensions.Options;
using MlPlatform.DatasetWarmer;
using MlPlatform.DatasetWarmer.App;
using MlPlatform.ServiceDefaults;
using Prometheus;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--store"] = "Warmer:Store",
    ["--cache"] = "Warmer:Cache",
    ["--max-size-gib"] = "Warmer:MaxSizeGiB",
    ["--datasets"] = "Warmer:Datasets",
    ["--interval"] = "Warmer:Interval",
    ["--metrics-port"] = "Warmer:MetricsPort",
});
builder.AddServiceDefaults();
builder.Services.AddOptions<WarmerOptions>().Bind(builder.Configuration.GetSection(WarmerOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
var port = builder.Configuration.GetValue($"{WarmerOptions.SectionName}:{nameof(WarmerOptions.MetricsPort)}", 9400);
builder.WebHost.UseUrls($"http://0.0.0.0:{port}");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<WarmerReadiness>();
builder.Services.AddHealthChecks().AddCheck<WarmerReadiness>("warmed", tags: [ServiceDefaultsExtensions.ReadyTag]);
builder.Services.AddSingleton(_ => new WarmerMetrics(Metrics.DefaultRegistry));
builder.Services.AddSingleton(sp => new CacheDirectory(sp.GetRequiredService<IOptions<WarmerOptions>>().Value.Cache, sp.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton(sp =>
{
    var options = sp.GetRequiredService<IOptions<WarmerOptions>>().Value;
    return new DatasetWarmer(
        BlobStoreFactory.Create(options.Store),
        sp.GetRequiredService<CacheDirectory>(),
        options.MaxSizeGiB * 1024L * 1024 * 1024,
        sp.GetRequiredService<WarmerMetrics>(),
        sp.GetRequiredService<ILoggerFactory>().CreateLogger<DatasetWarmer>());
});
builder.Services.AddHostedService<WarmerWorker>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
