using System.Collections.Immutable;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Policies;

/// <summary>
/// The per-stack limits the rules check (<c>mlplatform:policy.*</c>); a null limit means the rule has nothing to check.
/// </summary>
/// <param name="MaxQuotaOversubscription">How far the sum of team GPU quotas may exceed the environment's GPU capacity (2 = twice).</param>
public sealed record PolicyLimits(
    int? MaxGpusPerPool = null,
    int? MaxGpusPerEnvironment = null,
    ImmutableArray<string> AllowedInstanceTypes = default,
    int? MinSpotPercentage = null,
    int? MaxSpotPercentageLatencyCritical = null,
    decimal? MonthlyCostCapUsd = null,
    decimal? PoolMonthlyCostCapUsd = null,
    decimal? TeamMonthlyCostCapUsd = null,
    decimal MaxQuotaOversubscription = 2m)
{
    public static readonly PolicyLimits None = new();

    /// <summary>The limits of a stack's validated config.</summary>
    public static PolicyLimits From(PolicySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new PolicyLimits(
            settings.MaxGpusPerPool,
            settings.MaxGpusPerEnvironment,
            settings.AllowedInstanceTypes,
            settings.MinSpotPercentage,
            settings.MaxSpotPercentageLatencyCritical,
            settings.MonthlyCostCapUsd,
            settings.PoolMonthlyCostCapUsd,
            settings.TeamMonthlyCostCapUsd);
    }
}
