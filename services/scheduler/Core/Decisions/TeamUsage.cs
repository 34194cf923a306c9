namespace MlPlatform.Scheduler.Core;

/// <summary>A team's GPUs in use and month-to-date spend during one decision cycle.</summary>
internal sealed class TeamUsage(TeamSpec spec, decimal spendUsd)
{
    public TeamSpec Spec { get; } = spec;

    public Resources Used { get; set; }

    public decimal SpendUsd { get; set; } = spendUsd;

    /// <summary>Whether the team uses more than its nominal quota (its excess jobs may be preempted).</summary>
    public bool IsBorrowing => Used.GpuMilli > Spec.GpuQuotaMilli;

    /// <summary>The team's dominant share of <paramref name="total"/>, divided by its fair-share weight.</summary>
    public double WeightedShare(Resources total) => Used.DominantShare(total) / (Spec.Weight <= 0 ? 1 : Spec.Weight);
}
