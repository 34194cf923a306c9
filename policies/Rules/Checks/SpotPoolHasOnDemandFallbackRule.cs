namespace MlPlatform.Policies;

/// <summary>
/// Every GPU pool that buys spot has on-demand groups able to replace all of its spot capacity when spot cannot be had
/// (on-demand maximum at least the spot maximum).
/// </summary>
public sealed class SpotPoolHasOnDemandFallbackRule : IPolicyRule
{
    public string Id => RuleIds.SpotPoolHasOnDemandFallback;

    public string Description => "Spot GPU pools have an on-demand fallback that can replace all their spot capacity.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["gpuPools[].fallbackInstanceTypes", "gpuPools[].spotPercentage"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => Defaults.MandatoryInProductionElseAdvisory(context);

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var pool in input.Costs.Pools.Where(p => p.IsGpu && p.UsesSpot && p.OnDemandMaxNodes < p.SpotMaxNodes))
        {
            yield return new PolicyViolation(Id, pool.Urn, $"{pool.OnDemandMaxNodes} on-demand nodes", $"{pool.SpotMaxNodes} nodes", $"spot pool '{pool.Name}' can fall back to only {pool.OnDemandMaxNodes} on-demand nodes for its {pool.SpotMaxNodes} spot nodes");
        }
    }
}
