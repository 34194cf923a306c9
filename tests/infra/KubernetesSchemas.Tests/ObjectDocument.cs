using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using MlPlatform.Policies;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// A rendered object as JSON, built from the policy hook's neutral values with their structure kept. A value known only
/// after deployment (a preview's unknown) or marked secret is a leaf whose content is not ours to check: it stays in
/// the document as a placeholder string, and its JSON pointer is in <see cref="OpaquePaths"/> so errors about its
/// value are skipped (the key itself is still checked).
/// </summary>
public sealed class ObjectDocument
{
    private ObjectDocument(JsonObject json, ImmutableArray<string> opaquePaths)
    {
        Json = json;
        OpaquePaths = opaquePaths;
    }

    public JsonObject Json { get; }

    /// <summary>JSON pointers (<c>/spec/template/…</c>) of the unknown and secret leaves.</summary>
    public ImmutableArray<string> OpaquePaths { get; }

    public static ObjectDocument From(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var opaque = ImmutableArray.CreateBuilder<string>();
        var json = new JsonObject();
        foreach (var (key, value) in values)
        {
            json[key] = Node(value, $"/{Escape(key)}", opaque);
        }

        return new ObjectDocument(json, opaque.ToImmutable());
    }

    /// <summary>Whether the JSON pointer <paramref name="path"/> is an opaque leaf or lies below one.</summary>
    public bool IsOpaque(string path) => OpaquePaths.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal));

    /// <summary>One segment of a JSON pointer (RFC 6901).</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonNode? Node(object? value, string path, ImmutableArray<string>.Builder opaque)
    {
        switch (value)
        {
            case null:
                return null;
            case UnknownValue:
                opaque.Add(path);
                return JsonValue.Create($"(unknown at {path})");
            case SecretValue:
                opaque.Add(path);
                return JsonValue.Create($"(secret at {path})");
            case string s:
                return JsonValue.Create(s);
            case bool b:
                return JsonValue.Create(b);
            case double d:
                return JsonValue.Create(d);
            case float f:
                return JsonValue.Create(f);
            case decimal m:
                return JsonValue.Create(m);
            case long l:
                return JsonValue.Create(l);
            case IDictionary<string, object?> map:
                var json = new JsonObject();
                foreach (var (key, item) in map)
                {
                    json[key] = Node(item, $"{path}/{Escape(key)}", opaque);
                }

                return json;
            case IEnumerable items:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in items)
                {
                    array.Add(Node(item, $"{path}/{index.ToString(CultureInfo.InvariantCulture)}", opaque));
                    index++;
                }

                return array;
            default:
                throw new InvalidOperationException($"{path}: a {value.GetType().Name} is not a value the policy hook produces");
        }
    }
}
