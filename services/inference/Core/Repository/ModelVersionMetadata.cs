using System.Text.Json;

namespace MlPlatform.Inference.Repository;

/// <summary>A version's <c>metadata.json</c>: free description and warm-up input shapes for dynamic dimensions.</summary>
/// <param name="Description">What the model is.</param>
/// <param name="Warmup">Per input name, the shape of the synthetic warm-up input (dynamic dimensions resolved).</param>
public sealed record ModelVersionMetadata(string? Description, IReadOnlyDictionary<string, long[]> Warmup)
{
    /// <summary>Metadata when the file is absent.</summary>
    public static ModelVersionMetadata Empty { get; } = new(null, new Dictionary<string, long[]>());

    /// <summary>Parses <c>metadata.json</c>.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed.</exception>
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

            return new ModelVersionMetadata(description, warmup);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{source} is not valid model metadata: {ex.Message}", ex);
        }
    }
}
