using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>Creates the store's schema before the server accepts requests (hosted services start before the server).</summary>
internal sealed class StoreInitializer(IJobStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
