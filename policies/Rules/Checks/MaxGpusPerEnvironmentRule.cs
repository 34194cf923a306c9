namespace MlPlatform.Policies;

/// <summary>The environment's GPUs at full scale, summed over GPU pools, stay within <c>policy.maxGpusPerEnvironment</c>.</summary>
public sealed class MaxGpusPerEnvironmentRule : IPolicyRule
{
    public string Id => RuleIds.MaxGpusPerEnvironment;

    public string Description => "The GPUs of all GPU pools at full scale are at most the per-environment limit.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["policy.maxGpusPerEnvironment"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Limits.MaxGpusPerEnvironment is { } limit && input.Costs.MaxGpus > limit)
        {
            var total = input.Costs.MaxGpus;
            yield return new PolicyViolation(Id, input.StackUrn(context), Show.Number(total), Show.Number(limit), $"environment '{context.Environment}' can grow to {Show.Number(total)} GPUs; the limit is {limit}");
        }
    }
}
