namespace MlPlatform.Scheduler.Storage.Tests;

public sealed class InMemoryJobStoreTests : JobStoreContract
{
    protected override Core.IJobStore Store { get; } = new InMemoryJobStore();
}
