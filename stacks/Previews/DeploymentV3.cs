using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPlatform.Stacks.Previews;

/// <summary>A stack's checkpoint (Pulumi's <c>apitype.DeploymentV3</c>): the manifest, secrets provider and every resource.</summary>
public sealed record DeploymentV3
{
    /// <summary>When and by which CLI version the checkpoint was written (<c>time, magic, version, plugins</c>).</summary>
    [JsonPropertyName("manifest")]
    public JsonElement? Manifest { get; init; }

    /// <summary>How secrets in the checkpoint are encrypted; kept as JSON.</summary>
    [JsonPropertyName("secrets_providers")]
    public JsonElement? SecretsProviders { get; init; }

    [JsonPropertyName("resources")]
    public IReadOnlyList<ResourceState>? Resources { get; init; }

    [JsonPropertyName("pending_operations")]
    public IReadOnlyList<JsonElement>? PendingOperations { get; init; }

    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
