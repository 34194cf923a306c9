using MlPlatform.Components;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// The rules of one concept of the stack config (cluster, pools, budget…), checked on the bound config. A rule reports
/// every problem it finds, each with its full <c>mlplatform:</c> key path; it never throws for bad config.
/// </summary>
public interface IConfigRule
{
    /// <summary>The concept the rule checks, for messages and tests (<c>cluster</c>, <c>azure</c>).</summary>
    string Concept { get; }

    IEnumerable<SpecError> Check(ConfigRuleContext context);
}
