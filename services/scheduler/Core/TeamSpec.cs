namespace MlPlatform.Scheduler.Core;

/// <summary>A team: its nominal GPU quota, fair-share weight, borrowing right and monthly budget.</summary>
/// <param name="Name">Unique team name.</param>
/// <param name="GpuQuota">Nominal GPUs the team is guaranteed (it may preempt borrowers to get them back).</param>
/// <param name="MonthlyBudgetUsd">Spend cap per calendar month (UTC); null for none.</param>
/// <param name="Weight">Fair-share weight: a team's dominant share is divided by it.</param>
/// <param name="CanBorrow">Whether the team may use other teams' idle quota (such jobs can be preempted).</param>
public sealed record TeamSpec(string Name, decimal GpuQuota, decimal? MonthlyBudgetUsd = null, double Weight = 1, bool CanBorrow = true)
{
    /// <summary>The quota in thousandths of a GPU.</summary>
    public long GpuQuotaMilli => Resources.ToGpuMilli(GpuQuota);
}
