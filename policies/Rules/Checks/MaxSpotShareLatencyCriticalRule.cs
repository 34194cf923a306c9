namespace MlPlatform.Policies;

/// <summary>Latency-critical GPU pools (serving) run at most <c>policy.maxSpotPercentageLatencyCritical</c> of their full-scale capacity on spot.</summary>
public sealed class MaxSpotShareLatencyCriticalRule : IPolicyRule
{
    public string Id => RuleIds.MaxSpotShareLatencyCritical;

    public string Description => "Latency-critical pools run at most the maximum share of their capacity on spot.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["policy.maxSpotPercentageLatencyCritical", "gpuPools[].latencyCritical"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Limits.MaxSpotPercentageLatencyCritical is not { } limit)
        {
            yield break;
        }

        foreach (var pool in input.Costs.Pools.Where(p => p.IsGpu && p.LatencyCritical && p.SpotSharePercent > limit))
        {
            yield return new PolicyViolation(Id, pool.Urn, Show.Percent(pool.SpotSharePercent), Show.Percent(limit), $"latency-critical pool '{pool.Name}' runs {Show.Percent(pool.SpotSharePercent)} of its full-scale capacity on spot; at most {limit}% is allowed");
        }
    }
}
