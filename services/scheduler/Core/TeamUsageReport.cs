namespace MlPlatform.Scheduler.Core;

/// <summary>A team's standing: GPUs in use against quota, spend against budget, the savings ledger and evictions.</summary>
public sealed record TeamUsageReport(
    string Team,
    decimal GpuQuota,
    decimal GpusInUse,
    decimal GpusBorrowed,
    int PendingJobs,
    int RunningJobs,
    decimal? MonthlyBudgetUsd,
    decimal MonthSpendUsd,
    decimal CommittedUsd,
    decimal CostUsd,
    decimal OnDemandCostUsd,
    decimal SavingsUsd,
    EvictionCounts Evictions);
