namespace MlPlatform.Policies;

/// <summary>
/// No team's GPU quota exceeds the environment's schedulable GPU capacity at full scale, and the quotas together
/// oversubscribe it at most <see cref="PolicyLimits.MaxQuotaOversubscription"/> times. Quotas come from the stack's
/// <c>ResourceQuota</c> objects (<c>requests.nvidia.com/gpu</c>) or else from <c>teams[].gpuQuota</c>.
/// </summary>
public sealed class TeamQuotasFitCapacityRule : IPolicyRule
{
    public string Id => RuleIds.TeamQuotasFitCapacity;

    public string Description => "Team GPU quotas fit the GPU pools' capacity (each alone, and together within the allowed oversubscription).";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["teams[].gpuQuota", "gpuPools[].maxNodes", "gpuPools[].gpuSharingReplicas"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var costs = input.Costs;
        if (!costs.Pools.Any(p => p.IsGpu) || costs.Teams.IsDefaultOrEmpty)
        {
            yield break;
        }

        var capacity = costs.SchedulableGpus;
        foreach (var team in costs.Teams.Where(t => t.GpuQuota > capacity))
        {
            yield return new PolicyViolation(Id, team.Urn, Show.Number(team.GpuQuota), Show.Number(capacity), $"team '{team.Team}' has a quota of {team.GpuQuota} GPUs but the pools schedule at most {Show.Number(capacity)}");
        }

        var sum = costs.Teams.Sum(t => t.GpuQuota);
        var limit = capacity * context.Limits.MaxQuotaOversubscription;
        if (sum > limit)
        {
            yield return new PolicyViolation(Id, input.StackUrn(context), Show.Number(sum), Show.Number(limit), $"team quotas add up to {sum} GPUs, more than {Show.Number(context.Limits.MaxQuotaOversubscription)} x the {Show.Number(capacity)} the pools schedule");
        }
    }
}
