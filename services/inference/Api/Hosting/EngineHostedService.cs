using Microsoft.Extensions.Options;
using MlPlatform.Inference.Api.Configuration;
using MlPlatform.Inference.Serving;

namespace MlPlatform.Inference.Api.Hosting;

/// <summary>
/// Loads the repository in the background (so <c>/v2/health/ready</c> answers false until warm-up finishes), polls it
/// for hot swaps when configured, and on SIGTERM starts draining: new requests get 503 while in-flight and queued
/// requests finish before the process exits.
/// </summary>
public sealed partial class EngineHostedService(
    InferenceEngine engine,
    IOptions<InferenceOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<EngineHostedService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _background = Task.CompletedTask;
    private CancellationTokenRegistration _onStopping;
    private int _stopped;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _onStopping = lifetime.ApplicationStopping.Register(() => _ = engine.DrainAsync());
        _background = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Hosts may stop a service twice (a test host's dispose after an explicit stop), or after the container has
        // disposed it; only the first stop does the work.
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _onStopping.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _background.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping while loading or polling.
        }

        await engine.DrainAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        LogDrained(logger);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Interlocked.Exchange(ref _stopped, 1);
        _stopping.Dispose();
        _onStopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await engine.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        LogLoaded(logger, engine.ModelNames.Count, engine.RepositoryLocation, engine.IsReady);
        if (options.Value.Repository.PollInterval is not { } interval)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            if (engine.IsDraining)
            {
                return;
            }

            try
            {
                await engine.ReloadAllAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A repository that is briefly unreachable must not stop polling; serving continues on what is loaded.
                LogPollFailed(logger, ex, engine.RepositoryLocation);
            }
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Loaded {Count} models from {Repository}; ready: {Ready}")]
    private static partial void LogLoaded(ILogger logger, int count, string repository, bool ready);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Polling the model repository {Repository} failed; will retry")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string repository);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Drained: every in-flight and queued request was answered")]
    private static partial void LogDrained(ILogger logger);
}
