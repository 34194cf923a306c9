using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPlatform.Stacks.Previews;

/// <summary>
/// Reads and writes previews (<c>pulumi preview --json</c>) and stack exports (<c>pulumi stack export</c>) in the CLI's
/// shape. Anything that is not one of those documents fails with a <see cref="PulumiJsonException"/> naming the file,
/// the line and what is wrong, never with a bare parser exception.
/// </summary>
public static class PulumiJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        IndentSize = 4,
        // The CLI writes '<', '>' and '&' as they are in JSON strings only after Go's escaping; keep text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        RespectNullableAnnotations = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        MaxDepth = 256,
    };

    /// <summary>The name that makes <see cref="ReadFile"/> read standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Reads a file holding either document, telling which from its top-level members; <c>-</c> reads standard input.
    /// </summary>
    public static PlanFile ReadFile(string path, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == StandardInput)
        {
            using var buffer = new MemoryStream();
            (standardInput ?? Console.OpenStandardInput()).CopyTo(buffer);
            return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), "<stdin>");
        }

        if (Directory.Exists(path))
        {
            throw new PulumiJsonException(path, null, "is a directory; give the JSON file of `pulumi preview --json` or `pulumi stack export`");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PulumiJsonException(path, null, $"cannot be read ({e.Message})", e);
        }

        return Read(bytes, path);
    }

    /// <summary>
    /// Reads either document from UTF-8 JSON (a UTF-8 byte-order mark is accepted); <paramref name="source"/> names it in
    /// errors. Anything else — UTF-16, invalid UTF-8, nesting deeper than the limit, <c>null</c> where a document part
    /// must be — is a <see cref="PulumiJsonException"/> saying so.
    /// </summary>
    public static PlanFile Read(ReadOnlySpan<byte> utf8Json, string source)
    {
        var json = TextEncodings.CheckUtf8(utf8Json, source);
        var kind = Detect(json, source);
        return kind == PlanFileKind.Preview
            ? new PlanFile(source, kind, CheckPreview(Deserialize<PreviewDocument>(json, source), source), null)
            : new PlanFile(source, kind, null, CheckExport(Deserialize<StackExport>(json, source), source));
    }

    /// <summary>Reads a <c>pulumi preview --json</c> document.</summary>
    public static PreviewDocument ReadPreview(ReadOnlySpan<byte> utf8Json, string source)
    {
        var file = Read(utf8Json, source);
        return file.Preview ?? throw new PulumiJsonException(source, 1, "is a stack export, not a preview (`pulumi preview --json`)");
    }

    /// <summary>Reads a <c>pulumi stack export</c> document.</summary>
    public static StackExport ReadExport(ReadOnlySpan<byte> utf8Json, string source)
    {
        var file = Read(utf8Json, source);
        return file.Export ?? throw new PulumiJsonException(source, 1, "is a preview, not a stack export (`pulumi stack export`)");
    }

    /// <summary>Writes a preview as the CLI does (indented by four spaces).</summary>
    public static string Write(PreviewDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Writes a stack export as the CLI does.</summary>
    public static string Write(StackExport export) => JsonSerializer.Serialize(export, Options);

    /// <summary>Writes a preview to <paramref name="stream"/>.</summary>
    public static void Write(PreviewDocument document, Stream stream) => JsonSerializer.Serialize(stream, document, Options);

    /// <summary>Writes a stack export to <paramref name="stream"/>.</summary>
    public static void Write(StackExport export, Stream stream) => JsonSerializer.Serialize(stream, export, Options);

    /// <summary>A change summary (<c>op → count</c>) computed from steps, as the CLI's <c>changeSummary</c>.</summary>
    public static IReadOnlyDictionary<string, int> Summarize(IEnumerable<PreviewStep> steps) =>
        steps.GroupBy(s => s.Op, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static PlanFileKind Detect(ReadOnlySpan<byte> utf8Json, string source)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = Options.MaxDepth });
        var hasSteps = false;
        var hasDeployment = false;
        try
        {
            if (!reader.Read())
            {
                throw new PulumiJsonException(source, 1, "is empty; expected the JSON of `pulumi preview --json` or `pulumi stack export`");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new PulumiJsonException(source, 1, $"starts with {Describe(reader.TokenType)}; expected a JSON object from `pulumi preview --json` or `pulumi stack export`");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    hasSteps |= reader.ValueTextEquals("steps"u8) || reader.ValueTextEquals("changeSummary"u8);
                    hasDeployment |= reader.ValueTextEquals("deployment"u8);
                    reader.Read();
                    reader.Skip();
                }
            }

            // Reach the end so that trailing garbage is reported here, with its line.
            while (reader.Read())
            {
            }
        }
        catch (JsonException e) when (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            throw new PulumiJsonException(source, (e.LineNumber ?? 0) + 1, $"is nested deeper than {Options.MaxDepth} levels, the limit for a Pulumi document", e);
        }
        catch (JsonException e)
        {
            throw new PulumiJsonException(source, (e.LineNumber ?? 0) + 1, $"is not valid JSON ({FirstSentence(e.Message)})", e);
        }

        return (hasSteps, hasDeployment) switch
        {
            (true, false) => PlanFileKind.Preview,
            (false, true) => PlanFileKind.Export,
            (true, true) => throw new PulumiJsonException(source, 1, "has both `steps` and `deployment`; expected either a preview or a stack export"),
            _ => throw new PulumiJsonException(source, 1, "is neither a preview (no `steps`) nor a stack export (no `deployment`)"),
        };
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, string source)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(utf8Json, Options)
                ?? throw new PulumiJsonException(source, 1, "is JSON null");
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) ? string.Empty : $" at {e.Path}";
            // "could not be converted to System.Int32" for 1e12: say what a user can act on.
            var problem = e.Message.Contains("could not be converted", StringComparison.Ordinal) && e.InnerException is FormatException or OverflowException or null
                ? "has a value of the wrong type or out of range"
                : FirstSentence(e.Message);
            throw new PulumiJsonException(source, (e.LineNumber ?? 0) + 1, $"does not have the expected shape{where} ({problem})", e);
        }
    }

    private static StackExport CheckExport(StackExport export, string source)
    {
        if (export.Version != StackExport.SupportedVersion)
        {
            throw new PulumiJsonException(source, 1, $"is a stack export of version {export.Version}; only version {StackExport.SupportedVersion} is understood");
        }

        if (export.Deployment is null)
        {
            throw Null(source, "$.deployment");
        }

        var resources = export.Deployment.Resources ?? [];
        for (var i = 0; i < resources.Count; i++)
        {
            CheckState(resources[i], $"$.deployment.resources[{i}]", source, required: true);
        }

        return export;
    }

    // The serializer fills a JSON null into non-nullable members (nullable annotations are not enforced, so that absent
    // optional members stay cheap): a document part that is null is reported here, by its path, instead of crashing later.
    private static PreviewDocument CheckPreview(PreviewDocument preview, string source)
    {
        if (preview.Steps is null)
        {
            throw Null(source, "$.steps");
        }

        for (var i = 0; i < preview.Steps.Count; i++)
        {
            var step = preview.Steps[i] ?? throw Null(source, $"$.steps[{i}]");
            if (step.Op is null)
            {
                throw Null(source, $"$.steps[{i}].op");
            }

            if (step.Urn is null)
            {
                throw Null(source, $"$.steps[{i}].urn");
            }

            CheckState(step.OldState, $"$.steps[{i}].oldState", source, required: false);
            CheckState(step.NewState, $"$.steps[{i}].newState", source, required: false);
        }

        return preview;
    }

    private static void CheckState(ResourceState? state, string path, string source, bool required)
    {
        if (state is null)
        {
            if (required)
            {
                throw Null(source, path);
            }

            return;
        }

        if (state.Urn is null)
        {
            throw Null(source, $"{path}.urn");
        }

        if (state.Type is null)
        {
            throw Null(source, $"{path}.type");
        }
    }

    private static PulumiJsonException Null(string source, string path) => new(source, null, $"has null at {path}, where a value is required");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }
}
