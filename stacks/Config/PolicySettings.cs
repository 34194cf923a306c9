using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>Per-stack limits of the policy pack; a null limit means the rule has nothing to check.</summary>
/// <param name="Enforcement">Overrides of rule enforcement by rule id: advisory, mandatory or disabled.</param>
public sealed record PolicySettings(
    int? MaxGpusPerPool,
    int? MaxGpusPerEnvironment,
    ImmutableArray<string> AllowedInstanceTypes,
    int? MinSpotPercentage,
    int? MaxSpotPercentageLatencyCritical,
    decimal? MonthlyCostCapUsd,
    decimal? PoolMonthlyCostCapUsd,
    decimal? TeamMonthlyCostCapUsd,
    ImmutableDictionary<string, string> Enforcement);
