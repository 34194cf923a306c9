using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>Where an admitted job runs and at what price.</summary>
/// <param name="Pool">The pool's name.</param>
/// <param name="Capacity">Spot or on-demand.</param>
/// <param name="Nodes">The node of each gang member, in member order (a node may repeat).</param>
/// <param name="UsdPerHour">The job's share of the node prices it occupies, per hour.</param>
/// <param name="OnDemandUsdPerHour">What the same share would cost on-demand (for the savings ledger).</param>
/// <param name="Borrowed">Whether the job runs on quota borrowed from other teams (it may be preempted).</param>
/// <param name="Fallback">Whether a spot-eligible job was sent to on-demand (queue age or deadline risk).</param>
/// <param name="Backfill">Whether the job was backfilled ahead of a blocked higher-priority job.</param>
public sealed record Placement(
    string Pool,
    CapacityType Capacity,
    IReadOnlyList<string> Nodes,
    decimal UsdPerHour,
    decimal OnDemandUsdPerHour,
    bool Borrowed = false,
    bool Fallback = false,
    bool Backfill = false);
