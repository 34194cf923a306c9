namespace MlPlatform.Scheduler.Simulation;

/// <summary>What a replay measured.</summary>
/// <param name="Strategy">The capacity strategy.</param>
/// <param name="Jobs">Jobs in the trace.</param>
/// <param name="Completed">Jobs that succeeded.</param>
/// <param name="CostUsd">What the runs cost (lost work after reclaims included).</param>
/// <param name="OnDemandEquivalentUsd">What the same run time would have cost on-demand.</param>
/// <param name="JctP50Seconds">Median job completion time (finish − arrival).</param>
/// <param name="JctP95Seconds">95th percentile job completion time.</param>
/// <param name="GpuUtilisation">Allocated GPU time over (the trace cluster's GPUs × makespan).</param>
/// <param name="Fallbacks">Admissions of spot-eligible jobs to on-demand.</param>
/// <param name="SpotReclaims">Runs ended by spot reclaims.</param>
/// <param name="Preemptions">Runs preempted for quota owners.</param>
/// <param name="Cycles">Scheduling cycles run.</param>
/// <param name="MakespanHours">First arrival to last finish.</param>
public sealed record SimulationResult(
    string Strategy,
    int Jobs,
    int Completed,
    decimal CostUsd,
    decimal OnDemandEquivalentUsd,
    double JctP50Seconds,
    double JctP95Seconds,
    double GpuUtilisation,
    int Fallbacks,
    int SpotReclaims,
    int Preemptions,
    int Cycles,
    double MakespanHours);
