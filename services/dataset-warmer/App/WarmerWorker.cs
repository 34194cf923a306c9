using Microsoft.Extensions.Options;

namespace MlPlatform.DatasetWarmer.App;

/// <summary>Warms the configured versions at start and then every <see cref="WarmerOptions.Interval"/>.</summary>
internal sealed partial class WarmerWorker(DatasetWarmer warmer, CacheDirectory cache, IOptions<WarmerOptions> options, WarmerReadiness readiness, TimeProvider time, ILogger<WarmerWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        cache.CleanPartial();
        var datasets = DatasetRef.ParseList(options.Value.Datasets);
        while (!stoppingToken.IsCancellationRequested)
        {
            var results = await warmer.WarmAllAsync(datasets, stoppingToken).ConfigureAwait(false);
            readiness.MarkWarmed();
            LogCycle(logger, results.Count, datasets.Count);
            try
            {
                await Task.Delay(options.Value.Interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Warm cycle: {Cached} of {Configured} dataset versions cached")]
    private static partial void LogCycle(ILogger logger, int cached, int configured);
}
