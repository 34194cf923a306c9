using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPlatform.Stacks.Previews;

/// <summary>The output of <c>pulumi stack export</c>: <c>{"version": 3, "deployment": {…}}</c>.</summary>
public sealed record StackExport
{
    /// <summary>The only version this model reads.</summary>
    public const int SupportedVersion = 3;

    [JsonPropertyName("version")]
    public int Version { get; init; } = SupportedVersion;

    [JsonPropertyName("deployment")]
    public DeploymentV3 Deployment { get; init; } = new();

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
