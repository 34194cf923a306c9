namespace MlPlatform.Scheduler.Simulation;

/// <summary>What a replay measured.</summary>
/// <param name="Strategy">The capacity strategy.</param>
/// <param name="Jobs">Jobs in the trace.</param>
/// <param name="Completed">Jobs that succeeded.</param>
/// <param name="CostUsd">What the runs cost (lost work after reclaims included).</param>
/// <param name="OnDemandEquivalentUsd">What the same run time would have cost on-demand.</param>
/// <param name="JctP50Seconds">Median job completion time (finish − arrival).</param>
/// <param name="JctP95Seconds">95th percentile job completion time.</param>
/// <param name="JctP99Seconds">99th percentile job completion time.</param>
/// <param name="QueueWaitP50Seconds">Median time a job spent queued (over all its attempts).</param>
/// <param name="QueueWaitP95Seconds">95th percentile of the time queued.</param>
/// <param name="GpuUtilisation">
/// Allocated GPU time (lost work included) over the ceiling's GPUs × the arrival window (from the arrival at the
/// <see cref="TraceSimulator.WindowStartQuantile"/> of arrivals to the last arrival, the same for every strategy; the
/// makespan when every job arrives at once).
/// </param>
/// <param name="MakespanGpuUtilisation">Allocated GPU time over the ceiling's GPUs × the makespan (first arrival to last finish).</param>
/// <param name="Fallbacks">Admissions of spot-eligible jobs to on-demand.</param>
/// <param name="SpotReclaims">Runs ended by spot reclaims.</param>
/// <param name="Preemptions">Runs preempted for quota owners.</param>
/// <param name="Cycles">Scheduling cycles run.</param>
/// <param name="MakespanHours">First arrival to last finish.</param>
/// <param name="JobCompletionSeconds">Every completed job's completion time, sorted (to pool percentiles over several replays).</param>
/// <param name="QueueWaitSeconds">Every completed job's time queued, sorted.</param>
/// <param name="WindowGpuSeconds">The numerator of <paramref name="GpuUtilisation"/>.</param>
/// <param name="WindowCapacityGpuSeconds">The denominator of <paramref name="GpuUtilisation"/>.</param>
public sealed record SimulationResult(
    string Strategy,
    int Jobs,
    int Completed,
    decimal CostUsd,
    decimal OnDemandEquivalentUsd,
    double JctP50Seconds,
    double JctP95Seconds,
    double JctP99Seconds,
    double QueueWaitP50Seconds,
    double QueueWaitP95Seconds,
    double GpuUtilisation,
    double MakespanGpuUtilisation,
    int Fallbacks,
    int SpotReclaims,
    int Preemptions,
    int Cycles,
    double MakespanHours,
    IReadOnlyList<double> JobCompletionSeconds,
    IReadOnlyList<double> QueueWaitSeconds,
    double WindowGpuSeconds,
    double WindowCapacityGpuSeconds)
{
    /// <summary>The <paramref name="q"/> quantile (nearest rank) of sorted <paramref name="sorted"/>; 0 when empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
