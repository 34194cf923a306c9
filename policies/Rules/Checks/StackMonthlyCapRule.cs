namespace MlPlatform.Policies;

/// <summary>The stack's estimated monthly cost at maximum size stays within <c>policy.monthlyCostCapUsd</c>.</summary>
public sealed class StackMonthlyCapRule : IPolicyRule
{
    public string Id => RuleIds.StackMonthlyCap;

    public string Description => "The stack's estimated monthly cost at maximum size is at most the stack cap.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["policy.monthlyCostCapUsd"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var estimate = input.Costs.Total.MaxUsdPerMonth;
        if (context.Limits.MonthlyCostCapUsd is { } cap && estimate > cap)
        {
            yield return new PolicyViolation(Id, input.StackUrn(context), Show.Usd(estimate), Show.Usd(cap), $"the stack can cost {Show.Usd(estimate)} USD a month at maximum size; the cap is {Show.Usd(cap)}");
        }
    }
}
