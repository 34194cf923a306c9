using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MlPlatform.Components;

/// <summary>
/// The cluster-autoscaler priority expander's configuration (ConfigMap <c>kube-system/cluster-autoscaler-priority-expander</c>,
/// key <c>priorities</c>), the same on both clouds: node group name patterns by priority, higher tried first. Spot groups
/// rank above their on-demand fallbacks, so the autoscaler buys spot first and turns to on-demand only when a spot group
/// cannot grow. Entries of several pools merge into the one ConfigMap the autoscaler reads.
/// </summary>
public static class PriorityExpanderConfig
{
    public const string ConfigMapName = "cluster-autoscaler-priority-expander";

    public const string ConfigMapNamespace = "kube-system";

    /// <summary>Priority → node group name patterns (sorted, distinct), highest priority first.</summary>
    public static ImmutableSortedDictionary<int, ImmutableArray<string>> Merge(IEnumerable<PriorityExpanderEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries
            .GroupBy(e => e.Priority)
            .ToImmutableSortedDictionary(
                g => g.Key,
                g => g.Select(e => e.NodeGroupPattern).Distinct().Order(StringComparer.Ordinal).ToImmutableArray(),
                Comparer<int>.Create((a, b) => b.CompareTo(a)));
    }

    /// <summary>The <c>priorities</c> value: YAML as cluster-autoscaler reads it.</summary>
    public static string Yaml(IEnumerable<PriorityExpanderEntry> entries)
    {
        var builder = new StringBuilder();
        foreach (var (priority, patterns) in Merge(entries))
        {
            builder.Append(priority.ToString(CultureInfo.InvariantCulture)).Append(":\n");
            foreach (var pattern in patterns)
            {
                builder.Append("  - '").Append(pattern.Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>The ConfigMap manifest, for the Kubernetes layer to apply.</summary>
    public static ImmutableDictionary<string, object> ConfigMap(IEnumerable<PriorityExpanderEntry> entries) =>
        ImmutableDictionary<string, object>.Empty
            .Add("apiVersion", "v1")
            .Add("kind", "ConfigMap")
            .Add("metadata", ImmutableDictionary<string, object>.Empty
                .Add("name", ConfigMapName)
                .Add("namespace", ConfigMapNamespace))
            .Add("data", ImmutableDictionary<string, object>.Empty.Add("priorities", Yaml(entries)));
}
