using System.Text.Json;

namespace MlPlatform.Inference.Repository;

/// <summary>
/// A version's <c>metadata.json</c>: free description, warm-up input shapes for dynamic dimensions, and optionally a sample
/// request (<c>warmup_request</c>) whose values — not only shapes — warm the version up, for models that zeros do not satisfy
/// (stateful models, sample-rate inputs).
/// </summary>
/// <param name="Description">What the model is.</param>
/// <param name="Warmup">Per input name, the shape of the synthetic warm-up input (dynamic dimensions resolved).</param>
/// <param name="WarmupRequest">A sample request file in the version folder, or null for the synthetic warm-up.</param>
public sealed record ModelVersionMetadata(string? Description, IReadOnlyDictionary<string, long[]> Warmup, WarmupRequestFile? WarmupRequest = null)
{
    /// <summary>Metadata when the file is absent.</summary>
    public static ModelVersionMetadata Empty { get; } = new(null, new Dictionary<string, long[]>());

    /// <summary>Parses <c>metadata.json</c>.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed, naming the field.</exception>
    public static ModelVersionMetadata Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var warmup = new Dictionary<string, long[]>(StringComparer.Ordinal);
            if (root.TryGetProperty("warmup", out var w))
            {
                foreach (var input in w.EnumerateObject())
                {
                    warmup[input.Name] = input.Value.EnumerateArray().Select(x => x.GetInt64()).ToArray();
                }
            }

            return new ModelVersionMetadata(description, warmup, ParseWarmupRequest(root, source));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{source} is not valid model metadata: {ex.Message}", ex);
        }
    }

    private static WarmupRequestFile? ParseWarmupRequest(JsonElement root, string source)
    {
        if (!root.TryGetProperty("warmup_request", out var request))
        {
            return null;
        }

        string? file;
        long? headerLength = null;
        switch (request.ValueKind)
        {
            case JsonValueKind.String:
                file = request.GetString();
                break;
            case JsonValueKind.Object:
                file = request.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                if (request.TryGetProperty("json_header_length", out var h))
                {
                    headerLength = h.ValueKind == JsonValueKind.Number && h.TryGetInt64(out var length) && length >= 0
                        ? length
                        : throw new InvalidDataException($"{source}: warmup_request.json_header_length must be a non-negative integer");
                }

                break;
            default:
                throw new InvalidDataException($"{source}: warmup_request must be a file name or {{\"file\": ..., \"json_header_length\": ...}}");
        }

        return ModelRepositoryLayout.IsValidSegment(file) && file != ModelRepositoryLayout.ModelFile
            ? new WarmupRequestFile(file!, headerLength)
            : throw new InvalidDataException($"{source}: warmup_request.file must name a file in the version folder (got '{file}')");
    }
}
