namespace MlPlatform.Scheduler.Core;

/// <summary>What one engine cycle did.</summary>
public sealed record CycleReport(int Observed, int Finished, int Evicted, int Admitted, int Preempted, int Waiting, int Held, int Conflicts);
