using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>A placement a search found: pool, capacity, the node of each member, prices and estimate.</summary>
internal readonly record struct FoundPlacement(int Pool, CapacityType Capacity, int[] Nodes, decimal UsdPerHour, decimal OnDemandUsdPerHour, decimal Estimate, bool Backfill);
