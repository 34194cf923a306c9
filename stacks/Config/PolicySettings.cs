using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>Per-stack limits of the policy pack; a null limit means the rule has nothing to check.</summary>
/// <param name="Enforcement">Overrides of rule enforcement by rule id: advisory, mandatory or disabled.</param>
/// <param name="Unverifiable">How capacity the gate cannot read or price is enforced (<c>policy.unverifiable</c>:
/// mandatory, the default, or advisory); null when the stack does not say.</param>
public sealed record PolicySettings(
    int? MaxGpusPerPool,
    int? MaxGpusPerEnvironment,
    ImmutableArray<string> AllowedInstanceTypes,
    int? MinSpotPercentage,
    int? MaxSpotPercentageLatencyCritical,
    decimal? MonthlyCostCapUsd,
    decimal? PoolMonthlyCostCapUsd,
    decimal? TeamMonthlyCostCapUsd,
    ImmutableDictionary<string, string> Enforcement,
    string? Unverifiable = null);
