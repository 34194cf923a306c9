using MlPlatform.Components;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>The policy settings: <c>policy.unverifiable</c> and the enforcement override of the same rule must agree.</summary>
public sealed class PolicyConfigRule : IConfigRule
{
    // The policy pack's rule id for unreadable capacity (policies reference this project, not the other way round).
    private const string UnverifiableCapacityRuleId = "policy-unverifiable-capacity";

    public string Concept => "policy";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policy = context.Config.Policy;
        var path = ConfigRuleContext.Key("policy");
        if (policy.Unverifiable is { } level && policy.Enforcement.TryGetValue(UnverifiableCapacityRuleId, out var other) && other != level)
        {
            yield return new SpecError($"{path}.unverifiable", $"is '{level}' but {path}.enforcement.{UnverifiableCapacityRuleId} is '{other}'; set one of them");
        }
    }
}
