using System.Collections.Immutable;

namespace MlPlatform.Policies;

/// <summary>The outcome of evaluating the pack on a stack: every violation (all rules, all resources) and the costs.</summary>
public sealed record PolicyResult(ImmutableArray<PolicyViolation> Violations, StackCostReport Costs, int ResourceCount, ImmutableArray<string> RulesEvaluated)
{
    public IEnumerable<PolicyViolation> Mandatory => Violations.Where(v => v.Enforcement == EnforcementLevel.Mandatory);

    public IEnumerable<PolicyViolation> Advisory => Violations.Where(v => v.Enforcement == EnforcementLevel.Advisory);

    /// <summary>Whether a mandatory rule is violated (the run, plan or check must fail).</summary>
    public bool HasMandatoryViolations => Violations.Any(v => v.Enforcement == EnforcementLevel.Mandatory);
}
