using Pulumi;

namespace MlPlatform.Plan;

/// <summary>A resource as the program declared it, seen by the recorder before registration.</summary>
/// <param name="Inputs">Its inputs by wire name in the neutral form of <see cref="MlPlatform.Policies.Values"/> (unknowns and secrets marked where they are).</param>
/// <param name="ExplicitProvider">The provider resource passed in options, if any.</param>
internal sealed record DeclaredResource(
    Resource Resource,
    Resource? Parent,
    bool Custom,
    IReadOnlyDictionary<string, object?> Inputs,
    ProviderResource? ExplicitProvider,
    bool Protect,
    bool DeleteBeforeReplace);
