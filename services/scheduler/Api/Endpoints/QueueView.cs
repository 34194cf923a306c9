namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>One queue's depth: waiting (pending and held), running and GPUs in use, and the oldest wait.</summary>
internal sealed record QueueView(string Name, int Priority, int Pending, int Held, int Running, decimal GpusInUse, double OldestWaitSeconds);
