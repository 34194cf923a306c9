using MlPlatform.Components;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>The teams: names are unique (each is a namespace and a quota in the scheduler).</summary>
public sealed class TeamsConfigRule : IConfigRule
{
    public string Concept => "teams";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Config.Teams.GroupBy(t => t.Name).Where(g => g.Count() > 1)
            .Select(g => new SpecError(ConfigRuleContext.Key("teams"), $"team name '{g.Key}' is used {g.Count()} times; names must be unique"));
    }
}
