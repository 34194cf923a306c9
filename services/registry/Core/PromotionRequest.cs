using System.Collections.Immutable;

namespace MlPlatform.Registry;

/// <summary>
/// Move <paramref name="Alias"/> of <paramref name="Model"/> to <paramref name="Version"/> if every gate holds.
/// </summary>
/// <param name="Gates">Offline gates over the version's recorded metrics.</param>
/// <param name="CanarySamples">The runtime's metrics when a canary ran (null: no online gate).</param>
public sealed record PromotionRequest(
    string Model,
    string Version,
    string Alias,
    string Who,
    ImmutableArray<GateExpression> Gates,
    IReadOnlyList<PrometheusSample>? CanarySamples = null,
    string? Reason = null)
{
    public CanaryTolerances Tolerances { get; init; } = CanaryTolerances.Default;
}
