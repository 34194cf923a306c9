using System.Collections.Immutable;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>A resource state as the wire has it, before it becomes a <see cref="PolicyResource"/>.</summary>
internal sealed record WireState(
    string Urn,
    string Type,
    bool Delete,
    IReadOnlyDictionary<string, object?>? Inputs,
    IReadOnlyDictionary<string, object?>? Outputs,
    string? Parent,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Dependencies)
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = ImmutableDictionary<string, object?>.Empty;

    public bool IsProvider => Type.StartsWith("pulumi:providers:", StringComparison.Ordinal);

    // The old half of a create-before-delete replacement (delete: true) has its successor beside it: counting both
    // would price and quota the resource twice.
    public bool IsPolicyRelevant => !IsProvider && !Delete;

    public PolicyResource ToResource() => new(
        Urn,
        ResourceTypes.Normalize(Type.Length > 0 ? Type : PulumiUrn.TypeOf(Urn)),
        null!,
        Inputs ?? Empty,
        Outputs ?? Empty,
        Parent,
        Dependencies);
}
