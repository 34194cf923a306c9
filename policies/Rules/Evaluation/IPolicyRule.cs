namespace MlPlatform.Policies;

/// <summary>
/// One policy. Rules are pure: they read <see cref="PolicyInput"/> (resources by type token, costs) and the stack's
/// <see cref="PolicyContext"/> (limits from config) and return every violation they find; they skip unknown values.
/// The evaluator decides the enforcement level (per-stack override, else <see cref="DefaultEnforcement"/>).
/// </summary>
public interface IPolicyRule
{
    /// <summary>Stable id, used in config (<c>mlplatform:policy.enforcement.&lt;id&gt;</c>) and reports.</summary>
    string Id { get; }

    /// <summary>One sentence: what the rule requires.</summary>
    string Description { get; }

    RuleScope Scope { get; }

    /// <summary>The config keys (below <c>mlplatform:</c>) that set the rule's limits.</summary>
    IReadOnlyList<string> ConfigKeys { get; }

    /// <summary>The enforcement level when the stack does not override it.</summary>
    EnforcementLevel DefaultEnforcement(PolicyContext context);

    /// <summary>Every violation in <paramref name="input"/>.</summary>
    IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context);
}
