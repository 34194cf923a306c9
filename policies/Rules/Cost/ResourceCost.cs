using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// The estimated cost of one resource. Node-group resources carry their <see cref="Groups"/> priced alone; a pool's
/// spot and fallback groups are combined in <see cref="PoolCost"/>, which is what the stack total uses.
/// </summary>
/// <param name="Basis">How the figure was reached (the list item, the node type and counts), for the report.</param>
/// <param name="ScalingGroups">The node groups the resource declares, priced or not (they count towards capacity either way).</param>
/// <param name="IsEstimated">Part of the price was estimated (spot without a snapshot price, assumed storage size).</param>
public sealed record ResourceCost(
    string Urn,
    string Type,
    string Name,
    CostCategory Category,
    CostRange Range,
    string Basis,
    bool IsEstimated,
    ImmutableArray<CapacityGroupCost> Groups = default,
    ImmutableArray<ScalingGroup> ScalingGroups = default);
