namespace MlPlatform.Scheduler.Core;

/// <summary>A queue: jobs of higher-priority queues are considered before any job of a lower one.</summary>
public sealed record QueueSpec(string Name, int Priority);
