using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Policies;

/// <summary>
/// The stack-level facts rules need besides the resources: environment, cloud and region (for prices), the limits, the
/// teams' quotas, the configured GPU pools (latency-critical flags, GPU sharing), enforcement overrides, the prices and
/// the expected utilisation that places the "expected" cost between a pool's minimum and maximum.
/// </summary>
public sealed record PolicyContext(
    string StackName,
    string Environment,
    Cloud Cloud,
    string Region,
    PolicyLimits Limits,
    CostCatalog Costs,
    ImmutableArray<TeamQuota> Teams = default,
    ImmutableArray<GpuPoolSpec> Pools = default,
    ImmutableDictionary<string, EnforcementLevel>? Enforcement = null,
    decimal? BudgetMonthlyLimitUsd = null,
    decimal ExpectedUtilisation = 0.5m,
    string Project = "mlplatform")
{
    /// <summary>Production environments (<c>prod*</c>) get the strict defaults.</summary>
    public bool IsProduction => Environment.StartsWith("prod", StringComparison.OrdinalIgnoreCase);

    /// <summary>Enforcement overrides by rule id.</summary>
    public ImmutableDictionary<string, EnforcementLevel> EnforcementOverrides => Enforcement ?? ImmutableDictionary<string, EnforcementLevel>.Empty;

    public ImmutableArray<TeamQuota> TeamQuotas => Teams.IsDefault ? [] : Teams;

    public ImmutableArray<GpuPoolSpec> PoolSpecs => Pools.IsDefault ? [] : Pools;

    /// <summary>The URN violations about the whole stack name: the stack resource's, in the engine's form.</summary>
    public string StackUrn => $"urn:pulumi:{StackName}::{Project}::pulumi:pulumi:Stack::{Project}-{StackName}";

    /// <summary>The configured pool called <paramref name="name"/>, if any.</summary>
    public GpuPoolSpec? Pool(string name) => PoolSpecs.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>The context of a stack's validated config.</summary>
    public static PolicyContext FromConfig(PlatformConfig config, CostCatalog costs, string? stackName = null, string project = "mlplatform")
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(costs);
        var enforcement = config.Policy.Enforcement.ToImmutableDictionary(
            p => p.Key,
            p => Enum.Parse<EnforcementLevel>(p.Value, ignoreCase: true),
            StringComparer.Ordinal);
        if (config.Policy.Unverifiable is { } unverifiable)
        {
            enforcement = enforcement.SetItem(RuleIds.UnverifiableCapacity, Enum.Parse<EnforcementLevel>(unverifiable, ignoreCase: true));
        }

        return new PolicyContext(
            stackName ?? config.Environment,
            config.Environment,
            config.Cloud,
            config.Region,
            PolicyLimits.From(config.Policy),
            costs,
            [.. config.Teams.Select(t => new TeamQuota(t.Name, t.GpuQuota))],
            config.GpuPools,
            enforcement,
            config.Budget.MonthlyLimitUsd,
            Project: project);
    }
}
