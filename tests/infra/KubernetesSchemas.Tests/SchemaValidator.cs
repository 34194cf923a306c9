using System.Text.Json;
using Json.Schema;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// Validates an <see cref="ObjectDocument"/> and lists every error: the leaves of the failing branches of the
/// evaluation (the alternatives of a <c>oneOf</c> that passes are not errors). Errors about the value of an opaque
/// (unknown or secret) leaf are left out; a key the schema does not allow is still an error there.
/// </summary>
public static class SchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical };

    public static IReadOnlyList<SchemaError> Validate(JsonSchema schema, ObjectDocument document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(document.Json), Options);
        var errors = new List<SchemaError>();
        Collect(results, document, errors);
        return [.. errors.Distinct()];
    }

    private static void Collect(EvaluationResults node, ObjectDocument document, List<SchemaError> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        var path = node.InstanceLocation.ToString();
        var schemaPath = node.EvaluationPath.ToString();
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            if (!document.IsOpaque(path) || (document.OpaquePaths.Contains(path) && IsUndeclaredKey(keyword, schemaPath)))
            {
                errors.Add(new SchemaError(path, schemaPath, keyword, message));
            }
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, document, errors);
        }
    }

    // additionalProperties: false rejects the key itself, whatever its value (a false schema's error has no keyword).
    private static bool IsUndeclaredKey(string keyword, string schemaPath) =>
        keyword.Length == 0 && schemaPath.EndsWith("/additionalProperties", StringComparison.Ordinal);
}
