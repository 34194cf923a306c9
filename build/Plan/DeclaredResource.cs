using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Plan;

/// <summary>A resource as the program declared it, seen by the recorder before registration.</summary>
/// <param name="SetInputs">Wire names of the inputs the program gave a value.</param>
/// <param name="SecretInputs">Wire names of the inputs whose value is a secret.</param>
/// <param name="ExplicitProvider">The provider resource passed in options, if any.</param>
internal sealed record DeclaredResource(
    Resource Resource,
    Resource? Parent,
    bool Custom,
    ImmutableArray<string> SetInputs,
    ImmutableArray<string> SecretInputs,
    ProviderResource? ExplicitProvider,
    bool Protect,
    bool DeleteBeforeReplace);
