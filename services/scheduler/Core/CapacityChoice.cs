using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>The capacity types a job may use now, in order, and the reason on-demand is allowed (null when not a fallback).</summary>
public sealed record CapacityChoice(IReadOnlyList<CapacityType> Order, string? FallbackReason);
