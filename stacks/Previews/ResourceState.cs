using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MlPlatform.Stacks.Previews;

/// <summary>
/// A resource as the engine records it (Pulumi's <c>apitype.ResourceV3</c>), shared by preview steps and stack exports.
/// <see cref="Inputs"/> and <see cref="Outputs"/> keep the wire encoding: unknowns as <see cref="PropertyValues.UnknownString"/>,
/// secrets, assets and archives as objects tagged with <see cref="PropertyValues.SignatureKey"/>.
/// </summary>
public sealed record ResourceState
{
    [JsonPropertyName("urn")]
    public string Urn { get; init; } = string.Empty;

    /// <summary>True for provider-managed resources, false for components and the stack.</summary>
    [JsonPropertyName("custom")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool Custom { get; init; }

    /// <summary>Set on a resource pending deletion after a replacement.</summary>
    [JsonPropertyName("delete")]
    public bool? Delete { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("type")]
    public string Type { get; init; } = string.Empty;

    [JsonPropertyName("inputs")]
    public JsonObject? Inputs { get; init; }

    [JsonPropertyName("outputs")]
    public JsonObject? Outputs { get; init; }

    [JsonPropertyName("parent")]
    public string? Parent { get; init; }

    [JsonPropertyName("protect")]
    public bool? Protect { get; init; }

    [JsonPropertyName("external")]
    public bool? External { get; init; }

    [JsonPropertyName("dependencies")]
    public IReadOnlyList<string>? Dependencies { get; init; }

    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    [JsonPropertyName("propertyDependencies")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? PropertyDependencies { get; init; }

    /// <summary>Output names the program asked the engine to keep secret.</summary>
    [JsonPropertyName("additionalSecretOutputs")]
    public IReadOnlyList<string>? AdditionalSecretOutputs { get; init; }

    [JsonPropertyName("created")]
    public string? Created { get; init; }

    [JsonPropertyName("modified")]
    public string? Modified { get; init; }

    [JsonPropertyName("sourcePosition")]
    public string? SourcePosition { get; init; }

    /// <summary>Members this model does not name (aliases, timeouts, init errors…), preserved for round trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
