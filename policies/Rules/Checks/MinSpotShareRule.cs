namespace MlPlatform.Policies;

/// <summary>
/// GPU pools buy at least <c>policy.minSpotPercentage</c> of their full-scale capacity as spot (set it in dev, where
/// interruptions are cheap). Latency-critical pools are exempt: their spot share is capped instead.
/// </summary>
public sealed class MinSpotShareRule : IPolicyRule
{
    public string Id => RuleIds.MinSpotShare;

    public string Description => "GPU pools that are not latency-critical run at least the minimum share of their capacity on spot.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["policy.minSpotPercentage"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Limits.MinSpotPercentage is not { } limit)
        {
            yield break;
        }

        foreach (var pool in input.Costs.Pools.Where(p => p.IsGpu && !p.LatencyCritical && p.SpotSharePercent < limit))
        {
            yield return new PolicyViolation(Id, pool.Urn, Show.Percent(pool.SpotSharePercent), Show.Percent(limit), $"pool '{pool.Name}' runs {Show.Percent(pool.SpotSharePercent)} of its full-scale capacity on spot; at least {limit}% is required");
        }
    }
}
