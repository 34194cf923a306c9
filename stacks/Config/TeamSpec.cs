using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>A team that runs jobs and serves models: its namespace, GPU quota and budget.</summary>
/// <param name="GpuQuota">GPUs the team may hold at once (requests.nvidia.com/gpu of its namespace; the scheduler's quota).</param>
/// <param name="MonthlyBudgetUsd">The scheduler rejects or holds jobs that would exceed it; also a per-team budget alarm. Null (unset): no team budget, neither in the scheduler nor as an alarm.</param>
/// <param name="CostCenter">Tag value for the team's resources and cost reports.</param>
/// <param name="CpuQuota">CPU cores the namespace may request.</param>
/// <param name="MemoryQuotaGiB">Memory the namespace may request.</param>
/// <param name="Recipients">Team budget notifications.</param>
public sealed record TeamSpec(string Name, int GpuQuota, decimal? MonthlyBudgetUsd, string CostCenter, int CpuQuota, int MemoryQuotaGiB, ImmutableArray<string> Recipients);
