namespace MlPlatform.Components.Kubernetes;

/// <summary>A team as the scheduler sees it: GPU quota, monthly budget, fair-share weight (its token comes from a secret).</summary>
public sealed record SchedulerTeam(string Name, decimal GpuQuota, decimal MonthlyBudgetUsd, double Weight = 1, bool CanBorrow = true);
