using System.Collections.Immutable;
using System.Text.Json;

namespace MlPlatform.Stacks.Outputs;

/// <summary>Writes <see cref="PlatformOutputs"/> in the shape the stack exports them (for the platform stack and for tests).</summary>
public static class PlatformOutputsWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Output name → value (strings, maps of strings, lists of strings), as the stack registers them.</summary>
    public static ImmutableDictionary<string, object> ToValues(PlatformOutputs outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return new Dictionary<string, object>
        {
            [PlatformOutputNames.ContractVersion] = outputs.ContractVersion,
            [PlatformOutputNames.Environment] = outputs.Environment,
            [PlatformOutputNames.Cloud] = outputs.Cloud,
            [PlatformOutputNames.Region] = outputs.Region,
            [PlatformOutputNames.ClusterName] = outputs.ClusterName,
            [PlatformOutputNames.ClusterEndpoint] = outputs.ClusterEndpoint,
            [PlatformOutputNames.Kubeconfig] = outputs.Kubeconfig,
            [PlatformOutputNames.RegistryUrls] = outputs.RegistryUrls,
            [PlatformOutputNames.ModelStoreUri] = outputs.ModelStoreUri,
            [PlatformOutputNames.DatasetStoreUri] = outputs.DatasetStoreUri,
            [PlatformOutputNames.SchedulerUrl] = outputs.SchedulerUrl,
            [PlatformOutputNames.InferenceBaseUrl] = outputs.InferenceBaseUrl,
            [PlatformOutputNames.ModelRoutes] = outputs.ModelRoutes,
            [PlatformOutputNames.BudgetIds] = outputs.BudgetIds,
            [PlatformOutputNames.SchedulerDatabaseEndpoint] = outputs.SchedulerDatabaseEndpoint,
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The JSON <c>pulumi stack output --json --show-secrets</c> prints for these outputs.</summary>
    public static string ToJson(PlatformOutputs outputs) => JsonSerializer.Serialize(ToValues(outputs), Indented);
}
