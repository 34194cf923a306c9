using System.Collections.Immutable;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>
/// A resource as the rules see it, whatever it was read from (a resource declared in the program, a preview step, a
/// stack export): its type token, URN, name and inputs as plain JSON-like values (see <see cref="Values"/>).
/// </summary>
/// <param name="Type">Type token, e.g. <c>aws:eks/nodeGroup:NodeGroup</c>.</param>
/// <param name="Inputs">Top-level input name (the provider's wire name, e.g. <c>scalingConfig</c>) → value.</param>
/// <param name="Outputs">Known outputs (exports, refreshed states, stack outputs); empty when there are none.</param>
/// <param name="Parent">The parent's URN, if known.</param>
/// <param name="PropertyDependencies">Input name → URNs of the resources its value came from, when the source records it.</param>
public sealed record PolicyResource(
    string Urn,
    string Type,
    string Name,
    IReadOnlyDictionary<string, object?> Inputs,
    IReadOnlyDictionary<string, object?> Outputs,
    string? Parent = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? PropertyDependencies = null)
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = ImmutableDictionary<string, object?>.Empty;
    private string? _name = Name;

    /// <summary>
    /// The resource's name; when built without one (the streaming reader passes null), taken from the URN on first use —
    /// a large document's names are read only for the few resources a report mentions.
    /// </summary>
    public string Name
    {
        get => _name ??= PulumiUrn.NameOf(Urn);
        init => _name = value;
    }

    /// <summary>
    /// An operation the engine started on this resource and never recorded as finished (an export's
    /// <c>pending_operations</c>: <c>creating</c>, <c>updating</c>, <c>deleting</c>, …), or null: whether it exists, and
    /// as what, is unknown until a refresh.
    /// </summary>
    public string? PendingOperation { get; init; }

    /// <summary>A resource with inputs only.</summary>
    public static PolicyResource Create(string urn, string type, string name, IReadOnlyDictionary<string, object?> inputs, string? parent = null) =>
        new(urn, type, name, inputs, Empty, parent);

    /// <summary>The input at <paramref name="path"/> (null when missing).</summary>
    public object? Input(params ReadOnlySpan<string> path) => Values.Get(Inputs, path);

    /// <summary>The input at <paramref name="path"/>, else the output of the same name (exports carry provider defaults there).</summary>
    public object? InputOrOutput(params ReadOnlySpan<string> path)
    {
        var input = Values.Get(Inputs, path);
        return input is null ? Values.Get(Outputs, path) : input;
    }

    /// <summary>Whether the input at <paramref name="path"/> depends on the resource <paramref name="urn"/>.</summary>
    public bool DependsOn(string inputName, string urn) =>
        PropertyDependencies is not null && PropertyDependencies.TryGetValue(inputName, out var urns) && urns.Contains(urn);
}
