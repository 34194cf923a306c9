namespace MlPlatform.Policies;

/// <summary>
/// What each team can cost in a month (its whole GPU quota busy on the dearest on-demand GPU) stays within
/// <c>policy.teamMonthlyCostCapUsd</c>.
/// </summary>
public sealed class TeamMonthlyCapRule : IPolicyRule
{
    public string Id => RuleIds.TeamMonthlyCap;

    public string Description => "Each team's maximum monthly cost (its GPU quota fully used) is at most the team cap.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => ["policy.teamMonthlyCostCapUsd", "teams[].gpuQuota"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Limits.TeamMonthlyCostCapUsd is not { } cap)
        {
            yield break;
        }

        foreach (var team in input.Costs.Teams.Where(t => t.Range.MaxUsdPerMonth > cap))
        {
            yield return new PolicyViolation(Id, team.Urn, Show.Usd(team.Range.MaxUsdPerMonth), Show.Usd(cap), $"team '{team.Team}' can cost {Show.Usd(team.Range.MaxUsdPerMonth)} USD a month with its quota of {team.GpuQuota} GPUs; the cap is {Show.Usd(cap)}");
        }
    }
}
