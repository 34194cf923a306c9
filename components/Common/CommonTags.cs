using System.Collections.Immutable;

namespace MlPlatform.Components;

/// <summary>
/// The tags every cloud resource carries, built in one place so cost reports and budgets can filter on them:
/// <c>environment</c>, <c>cost-center</c>, <c>managed-by</c>, and <c>team</c> where a resource belongs to one team.
/// </summary>
public sealed record CommonTags(string Environment, string CostCenter, ImmutableDictionary<string, string> Extra)
{
    public const string ManagedByValue = "pulumi-mlplatform";

    /// <summary>The tags as a dictionary, with <paramref name="team"/> when given and any <paramref name="more"/>.</summary>
    public ImmutableDictionary<string, string> For(string? team = null, IReadOnlyDictionary<string, string>? more = null)
    {
        var tags = (Extra ?? ImmutableDictionary<string, string>.Empty)
            .SetItem("environment", Environment)
            .SetItem("cost-center", CostCenter)
            .SetItem("managed-by", ManagedByValue);
        if (!string.IsNullOrEmpty(team))
        {
            tags = tags.SetItem("team", team);
        }

        return more is null ? tags : tags.SetItems(more);
    }
}
