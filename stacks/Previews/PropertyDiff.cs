using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPlatform.Stacks.Previews;

/// <summary>How one property changes: <c>add</c>, <c>delete</c>, <c>update</c>, or their <c>-replace</c> forms.</summary>
public sealed record PropertyDiff
{
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "update";

    /// <summary>Whether the difference is between old and new inputs (rather than old outputs and new inputs).</summary>
    [JsonPropertyName("inputDiff")]
    public bool InputDiff { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
