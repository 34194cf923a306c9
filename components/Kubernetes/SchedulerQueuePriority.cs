namespace MlPlatform.Components.Kubernetes;

/// <summary>A scheduler queue and its priority (higher first); each gets a PriorityClass so the kubelet agrees with the scheduler.</summary>
public sealed record SchedulerQueuePriority(string Name, int Priority);
