namespace MlPlatform.Policies;

/// <summary>Each node pool's estimated monthly cost at maximum size stays within <c>policy.poolMonthlyCostCapUsd</c>.</summary>
public sealed class PoolMonthlyCapRule : IPolicyRule
{
    public string Id => RuleIds.PoolMonthlyCap;

    public string Description => "Each node pool's estimated monthly cost at maximum size is at most the pool cap.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["policy.poolMonthlyCostCapUsd"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Limits.PoolMonthlyCostCapUsd is not { } cap)
        {
            yield break;
        }

        foreach (var pool in input.Costs.Pools.Where(p => p.Range.MaxUsdPerMonth > cap))
        {
            yield return new PolicyViolation(Id, pool.Urn, Show.Usd(pool.Range.MaxUsdPerMonth), Show.Usd(cap), $"pool '{pool.Name}' can cost {Show.Usd(pool.Range.MaxUsdPerMonth)} USD a month at maximum size; the cap is {Show.Usd(cap)}");
        }
    }
}
