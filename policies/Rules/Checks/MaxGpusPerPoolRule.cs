namespace MlPlatform.Policies;

/// <summary>A GPU pool's GPUs at full scale (spot full or, spot gone, fallback full) stay within <c>policy.maxGpusPerPool</c>.</summary>
public sealed class MaxGpusPerPoolRule : IPolicyRule
{
    public string Id => RuleIds.MaxGpusPerPool;

    public string Description => "A GPU pool's GPUs at full scale are at most the per-pool limit.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["policy.maxGpusPerPool"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Limits.MaxGpusPerPool is not { } limit)
        {
            yield break;
        }

        foreach (var pool in input.Costs.Pools.Where(p => p.IsGpu && p.MaxGpus > limit))
        {
            yield return new PolicyViolation(Id, pool.Urn, Show.Number(pool.MaxGpus), Show.Number(limit), $"pool '{pool.Name}' can grow to {Show.Number(pool.MaxGpus)} GPUs; the limit is {limit}");
        }
    }
}
