using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPlatform.Stacks.Previews;

/// <summary>
/// One step of a preview: what the engine will do (<see cref="Op"/>) to the resource <see cref="Urn"/>, its state before
/// (<see cref="OldState"/>, absent for creates) and after (<see cref="NewState"/>, absent for deletes), and why.
/// </summary>
public sealed record PreviewStep
{
    /// <summary>The operation; see <see cref="StepOps"/>.</summary>
    [JsonPropertyName("op")]
    public string Op { get; init; } = StepOps.Same;

    [JsonPropertyName("urn")]
    public string Urn { get; init; } = string.Empty;

    /// <summary>Provider reference <c>&lt;provider urn&gt;::&lt;provider id&gt;</c>; absent for component resources.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    [JsonPropertyName("oldState")]
    public ResourceState? OldState { get; init; }

    [JsonPropertyName("newState")]
    public ResourceState? NewState { get; init; }

    /// <summary>Top-level input keys that differ (updates and replaces).</summary>
    [JsonPropertyName("diffReasons")]
    public IReadOnlyList<string>? DiffReasons { get; init; }

    /// <summary>Keys whose change forces a replacement.</summary>
    [JsonPropertyName("replaceReasons")]
    public IReadOnlyList<string>? ReplaceReasons { get; init; }

    /// <summary>Property path → kind of change; the CLI always writes this member, <c>null</c> when there is none.</summary>
    [JsonPropertyName("detailedDiff")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyDictionary<string, PropertyDiff>? DetailedDiff { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The state the resource will have, or for a delete the state it had.</summary>
    [JsonIgnore]
    public ResourceState? State => NewState ?? OldState;

    /// <summary>The resource type token (<c>aws:s3/bucket:Bucket</c>), read from either state or else from the URN.</summary>
    [JsonIgnore]
    public string Type => State?.Type is { Length: > 0 } type ? type : PulumiUrn.TypeOf(Urn);
}
