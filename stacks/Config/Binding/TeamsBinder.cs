using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>Binds <c>mlplatform:teams</c>: each team's name, quotas, budget and recipients.</summary>
internal static class TeamsBinder
{
    public static ImmutableArray<TeamSpec> Bind(ConfigNode root, BindContext context)
    {
        var teams = ImmutableArray.CreateBuilder<TeamSpec>();
        foreach (var node in root.List("teams").Where(n => n.IsObject))
        {
            var team = new TeamSpec(
                node.String("name", string.Empty, required: true),
                node.Int("gpuQuota", 0, 0),
                node.OptionalDecimal("monthlyBudgetUsd", 0),
                node.String("costCenter", string.Empty),
                node.Int("cpuQuota", 64, 1),
                node.Int("memoryQuotaGiB", 256, 1),
                node.Strings("recipients", []));
            if (team.Name.Length > 0 && !ConfigPatterns.IsName(team.Name, 30))
            {
                context.Errors.Add($"{node.Path}.name", $"must be lowercase letters, digits and '-', at most 30 characters (got '{team.Name}')");
            }

            BudgetBinder.CheckEmails(team.Recipients, $"{node.Path}.recipients", context.Errors);
            node.RejectUnknownKeys();
            teams.Add(team);
        }

        return teams.ToImmutable();
    }
}
