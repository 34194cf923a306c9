using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Previews;

/// <summary>
/// Pulumi's JSON encoding of property values in previews and checkpoints, and conversion between it and plain .NET values
/// (<see cref="string"/>, <see cref="double"/>, <see cref="bool"/>, null, lists, string-keyed dictionaries).
/// </summary>
public static class PropertyValues
{
    /// <summary>The string the engine writes for a value not known until the resource is created.</summary>
    public const string UnknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /// <summary>
    /// The string <c>pulumi preview --json</c> writes in place of a secret value (at the secret's own place in
    /// <c>newState.inputs</c>); checkpoints and exports write a secret envelope (<see cref="SecretSignature"/>) instead.
    /// </summary>
    public const string SecretString = "[secret]";

    /// <summary>Key that marks an object as a special value (secret, asset, archive, resource reference).</summary>
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";

    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string AssetSignature = "c44067f5952c0a294b673a41bacd8c17";
    public const string ArchiveSignature = "0def7320c3a5731c473e5ecbe6d01bc7";
    public const string ResourceReferenceSignature = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string OutputValueSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    /// <summary>The signature of a special value, or null for an ordinary one.</summary>
    public static string? SignatureOf(JsonNode? node) =>
        node is JsonObject o && o.TryGetPropertyValue(SignatureKey, out var sig) && sig is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Whether <paramref name="node"/> is a secret (its plaintext, if any, is under <c>plaintext</c> or <c>value</c>).</summary>
    public static bool IsSecret(JsonNode? node) => SignatureOf(node) == SecretSignature;

    /// <summary>Whether <paramref name="node"/> is the unknown marker.</summary>
    public static bool IsUnknown(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s == UnknownString;

    /// <summary>
    /// Encodes a plain value: null, strings, booleans, numbers, <see cref="IDictionary"/> with string keys and other
    /// <see cref="IEnumerable"/>s (lists). <see cref="JsonNode"/>s are copied; anything else is written with <c>ToString()</c>.
    /// </summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonSerializerNodeFrom(element),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d),
        float f => JsonValue.Create(f),
        decimal m => JsonValue.Create(m),
        IDictionary dictionary => ToObject(dictionary),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToNode).ToArray()),
        IFormattable formattable => JsonValue.Create(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };

    /// <summary>Encodes a dictionary of plain values as a JSON object (keys sorted, as the engine writes them).</summary>
    public static JsonObject ToObject(IDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var entries = new List<KeyValuePair<string, JsonNode?>>();
        foreach (DictionaryEntry entry in dictionary)
        {
            entries.Add(new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, ToNode(entry.Value)));
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new JsonObject(entries);
    }

    private static JsonNode? JsonSerializerNodeFrom(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element),
        JsonValueKind.Array => JsonArray.Create(element),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(element),
    };
}
