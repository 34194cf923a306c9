namespace MlPlatform.Policies;

/// <summary>
/// The environment has a monthly cost budget with alerts (AWS Budgets <c>COST</c>/<c>MONTHLY</c>, or an Azure
/// consumption budget <c>Cost</c>/<c>Monthly</c>), and the largest one's limit covers the stack's expected monthly cost,
/// so the alarm warns of overspend rather than firing every month.
/// </summary>
public sealed class BudgetCoversEstimateRule : IPolicyRule
{
    public string Id => RuleIds.BudgetCoversEstimate;

    public string Description => "A monthly budget alarm exists and its limit covers the stack's expected monthly cost.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["budget.monthlyLimitUsd"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var estimate = input.Costs.Total.ExpectedUsdPerMonth;
        if (estimate <= 0)
        {
            yield break;
        }

        var limits = MonthlyCostBudgets.In(input).Select(b => (b.Urn, Limit: MonthlyCostBudgets.Limit(b))).ToList();
        if (limits.Count == 0)
        {
            yield return new PolicyViolation(Id, input.StackUrn(context), "no monthly cost budget", Show.Usd(estimate), $"the stack is expected to cost {Show.Usd(estimate)} USD a month but declares no monthly cost budget alarm");
            yield break;
        }

        if (limits.Any(l => l.Limit is null))
        {
            // A budget whose limit is not known yet may cover the estimate; nothing to report until it is.
            yield break;
        }

        var (urn, limit) = limits.MaxBy(l => l.Limit!.Value);
        if (limit!.Value < estimate)
        {
            yield return new PolicyViolation(Id, urn, Show.Usd(limit.Value), Show.Usd(estimate), $"the largest monthly budget is {Show.Usd(limit.Value)} USD, below the expected monthly cost of {Show.Usd(estimate)} USD");
        }
    }
}
