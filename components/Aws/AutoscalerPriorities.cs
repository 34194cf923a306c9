using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MlPlatform.Components.Aws;

/// <summary>
/// The cluster-autoscaler priority expander entries of a pool's node groups: spot groups rank above their on-demand
/// fallbacks, so the autoscaler scales spot first and turns to on-demand only when a spot group cannot grow (no capacity,
/// or failed launches until <c>--max-node-group-backoff-duration</c>). Entries of all pools merge into one ConfigMap
/// (<see cref="PriorityExpanderConfig"/>).
/// </summary>
public static class AutoscalerPriorities
{
    /// <summary>One anchored name pattern per group, with the group's priority.</summary>
    public static ImmutableArray<PriorityExpanderEntry> Entries(IEnumerable<CapacityGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return [.. groups.Select(g => new PriorityExpanderEntry(g.Priority, $"^{Regex.Escape(g.Name)}.*"))];
    }
}
