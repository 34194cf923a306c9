namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// A team as the scheduler sees it: GPU quota, monthly budget (null: none), fair-share weight (its token comes from a secret), and the
/// namespace its jobs run in (null: the scheduler's jobs namespace).
/// </summary>
public sealed record SchedulerTeam(string Name, decimal GpuQuota, decimal? MonthlyBudgetUsd, double Weight = 1, bool CanBorrow = true, string? Namespace = null);
