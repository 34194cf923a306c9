using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPlatform.Stacks.Previews;

/// <summary>
/// The output of <c>pulumi preview --json</c>: the stack's config, one <see cref="PreviewStep"/> per resource, diagnostics,
/// the duration in nanoseconds and the count of steps by operation. Members the CLI may add later are kept in
/// <see cref="Extra"/> so a document read and written again is unchanged.
/// </summary>
public sealed record PreviewDocument
{
    /// <summary>Config of the stack as the CLI prints it (<c>aws:region</c> → <c>eu-west-1</c>; secrets as <c>[secret]</c>).</summary>
    [JsonPropertyName("config")]
    public IReadOnlyDictionary<string, string>? Config { get; init; }

    /// <summary>The planned steps, in the engine's order.</summary>
    [JsonPropertyName("steps")]
    public IReadOnlyList<PreviewStep> Steps { get; init; } = [];

    /// <summary>Messages the engine and the program logged (<c>urn, prefix, message, severity</c>), kept as JSON.</summary>
    [JsonPropertyName("diagnostics")]
    public IReadOnlyList<JsonElement>? Diagnostics { get; init; }

    /// <summary>How long the preview took, in nanoseconds (Go's <c>time.Duration</c>).</summary>
    [JsonPropertyName("duration")]
    public long? Duration { get; init; }

    /// <summary>Steps by operation, e.g. <c>{"create": 16}</c>.</summary>
    [JsonPropertyName("changeSummary")]
    public IReadOnlyDictionary<string, int>? ChangeSummary { get; init; }

    /// <summary>Members this model does not name, preserved for round trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
