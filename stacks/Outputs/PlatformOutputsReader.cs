using System.Collections.Immutable;
using System.Text.Json;

namespace MlPlatform.Stacks.Outputs;

/// <summary>
/// Reads the platform stack's outputs as apps get them: the JSON of <c>pulumi stack output --json --show-secrets</c>, or
/// the values of a <c>StackReference</c>. Checks the contract version first and reports every missing or malformed
/// output at once.
/// </summary>
public static class PlatformOutputsReader
{
    /// <summary>What the Pulumi CLI prints for a secret without <c>--show-secrets</c>.</summary>
    public const string HiddenSecret = "[secret]";

    /// <summary>Parses <paramref name="json"/> (an object of output name → value).</summary>
    public static PlatformOutputs Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new PlatformOutputsException([new OutputsError("(document)", $"is not JSON: {e.Message}")]);
        }

        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    /// <summary>Reads the outputs saved with <c>pulumi stack output --json --show-secrets &gt; file</c>.</summary>
    public static PlatformOutputs ReadFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Reads the outputs of a StackReference (<c>stackReference.Outputs</c>): strings, maps and lists.</summary>
    public static PlatformOutputs FromValues(IReadOnlyDictionary<string, object?> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return Parse(JsonSerializer.SerializeToElement(outputs));
    }

    public static PlatformOutputs Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new PlatformOutputsException([new OutputsError("(document)", $"must be a JSON object of stack outputs (got {root.ValueKind})")]);
        }

        var errors = new List<OutputsError>();
        var version = root.TryGetProperty(PlatformOutputNames.ContractVersion, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (PlatformOutputsContract.Check(version) is { } versionProblem)
        {
            // A different major version may mean anything; do not guess at the other outputs.
            throw new PlatformOutputsException([new OutputsError(PlatformOutputNames.ContractVersion, versionProblem)]);
        }

        string Text(string name, bool secret = false)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                errors.Add(new OutputsError(name, "is missing"));
                return string.Empty;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                errors.Add(new OutputsError(name, $"must be a non-empty string (got {Describe(value)})"));
                return string.Empty;
            }

            var text = value.GetString()!;
            if (secret && text == HiddenSecret)
            {
                errors.Add(new OutputsError(name, "is hidden ('[secret]'); read the outputs with `pulumi stack output --json --show-secrets`"));
                return string.Empty;
            }

            return text;
        }

        // An output a minor version added: a stack of an older minor version has none.
        string OptionalText(string name)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return string.Empty;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                errors.Add(new OutputsError(name, $"must be a string (got {Describe(value)})"));
                return string.Empty;
            }

            return value.GetString()!;
        }

        string Url(string name)
        {
            var text = Text(name);
            if (text.Length > 0 && !Uri.TryCreate(text, UriKind.Absolute, out _))
            {
                errors.Add(new OutputsError(name, $"must be an absolute URI (got '{text}')"));
            }

            return text;
        }

        ImmutableDictionary<string, string> Map(string name)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                errors.Add(new OutputsError(name, "is missing"));
                return ImmutableDictionary<string, string>.Empty;
            }

            if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
            {
                errors.Add(new OutputsError(name, $"must be an object of strings (got {Describe(value)})"));
                return ImmutableDictionary<string, string>.Empty;
            }

            return value.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        }

        ImmutableArray<string> Strings(string name)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                errors.Add(new OutputsError(name, "is missing"));
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                errors.Add(new OutputsError(name, $"must be an array of strings (got {Describe(value)})"));
                return [];
            }

            return [.. value.EnumerateArray().Select(e => e.GetString()!)];
        }

        var outputs = new PlatformOutputs(
            version!,
            Text(PlatformOutputNames.Environment),
            Text(PlatformOutputNames.Cloud),
            Text(PlatformOutputNames.Region),
            Text(PlatformOutputNames.ClusterName),
            Url(PlatformOutputNames.ClusterEndpoint),
            Text(PlatformOutputNames.Kubeconfig, secret: true),
            Map(PlatformOutputNames.RegistryUrls),
            Url(PlatformOutputNames.ModelStoreUri),
            Url(PlatformOutputNames.DatasetStoreUri),
            Url(PlatformOutputNames.SchedulerUrl),
            Url(PlatformOutputNames.InferenceBaseUrl),
            Map(PlatformOutputNames.ModelRoutes),
            Strings(PlatformOutputNames.BudgetIds),
            OptionalText(PlatformOutputNames.SchedulerDatabaseEndpoint));
        if (outputs.Cloud.Length > 0 && outputs.Cloud is not ("aws" or "azure"))
        {
            errors.Add(new OutputsError(PlatformOutputNames.Cloud, $"must be 'aws' or 'azure' (got '{outputs.Cloud}')"));
        }

        if (errors.Count > 0)
        {
            throw new PlatformOutputsException(errors);
        }

        return outputs;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"string '{value.GetString()}'",
        JsonValueKind.Number => $"number {value.GetRawText()}",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
