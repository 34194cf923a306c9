using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// The label syntax the API server enforces and the OpenAPI schemas cannot express (they type a label map as
/// string → string): in every <c>labels</c> and <c>matchLabels</c> map of an object, a key is an optional DNS subdomain
/// prefix and a name of at most 63 characters, and a value is empty or at most 63 characters of the same alphabet.
/// </summary>
public static partial class LabelSyntax
{
    private const int MaxName = 63;

    private const int MaxPrefix = 253;

    public static IEnumerable<string> Check(ObjectDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Walk(document.Json, string.Empty, document);
    }

    private static IEnumerable<string> Walk(JsonNode? node, string path, ObjectDocument document)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    var child = $"{path}/{ObjectDocument.Escape(key)}";
                    if (key is "labels" or "matchLabels" && value is JsonObject labels && !document.IsOpaque(child))
                    {
                        foreach (var error in Labels(labels, child, document))
                        {
                            yield return error;
                        }
                    }
                    else
                    {
                        foreach (var error in Walk(value, child, document))
                        {
                            yield return error;
                        }
                    }
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var error in Walk(items[i], $"{path}/{i}", document))
                    {
                        yield return error;
                    }
                }

                break;
        }
    }

    private static IEnumerable<string> Labels(JsonObject labels, string path, ObjectDocument document)
    {
        foreach (var (key, value) in labels)
        {
            var at = $"{path}/{ObjectDocument.Escape(key)}";
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            var (prefix, name) = slash >= 0 ? (key[..slash], key[(slash + 1)..]) : (null, key);
            if ((prefix is not null && (prefix.Length > MaxPrefix || !Subdomain().IsMatch(prefix))) || name.Length > MaxName || !Name().IsMatch(name))
            {
                yield return $"{at}: '{key}' is not a label key (an optional DNS subdomain prefix and '/', then at most {MaxName} of [A-Za-z0-9-_.], alphanumeric at both ends) [label syntax]";
            }

            if (document.IsOpaque(at))
            {
                continue;
            }

            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (text is null || text.Length > MaxName || (text.Length > 0 && !Name().IsMatch(text)))
            {
                yield return $"{at}: {(text is null ? "not a string" : $"'{text}' ({text.Length} characters)")} is not a label value (at most {MaxName} of [A-Za-z0-9-_.], alphanumeric at both ends) [label syntax]";
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();
}
