using System.Text.Json;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>
/// Reads a preview or a stack export straight from a stream into what the policy pack needs — one step or resource at
/// a time, decoded into <see cref="PolicyResource"/>s as <see cref="ResourceModel"/> does, never the whole document or a
/// JSON tree — so a 200 MB export is read at parser speed in little more memory than its resources. Malformed documents
/// fail as <see cref="PulumiJson"/> does: one <see cref="PulumiJsonException"/> naming the file and the line or JSON path.
/// </summary>
public static class PolicyDocumentReader
{
    /// <summary>The nesting a Pulumi document may reach (the same limit as <see cref="PulumiJson"/>).</summary>
    public const int MaxDepth = 256;

    /// <summary>Reads <paramref name="path"/> (<c>-</c>: <paramref name="standardInput"/> or the console's).</summary>
    public static PolicyDocument ReadFile(string path, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == PulumiJson.StandardInput)
        {
            return Read(standardInput ?? Console.OpenStandardInput(), "<stdin>");
        }

        if (Directory.Exists(path))
        {
            throw new PulumiJsonException(path, null, "is a directory; give the JSON file of `pulumi preview --json` or `pulumi stack export`");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PulumiJsonException(path, null, $"cannot be read ({e.Message})", e);
        }

        using (stream)
        {
            return Read(stream, path);
        }
    }

    /// <summary>Reads a document from <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    public static PolicyDocument Read(Stream stream, string source) => Read(stream, source, 1 << 20);

    /// <summary>As <see cref="Read(Stream, string)"/> with the first buffer's size (it grows for a larger single value).</summary>
    internal static PolicyDocument Read(Stream stream, string source, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        var chunks = new JsonChunks(stream, source, MaxDepth, bufferSize);
        var builder = new PolicyDocumentBuilder(source);
        try
        {
            ReadTop(chunks, builder, source);
        }
        catch (JsonException e) when (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            throw new PulumiJsonException(source, (e.LineNumber ?? 0) + 1, $"is nested deeper than {MaxDepth} levels, the limit for a Pulumi document", e);
        }
        catch (JsonException e)
        {
            throw new PulumiJsonException(source, (e.LineNumber ?? 0) + 1, $"is not valid JSON ({FirstSentence(e.Message)})", e);
        }
        catch (InvalidOperationException e)
        {
            throw new PulumiJsonException(source, null, $"does not have the expected shape ({FirstSentence(e.Message)})", e);
        }

        return builder.Build(chunks.BytesRead);
    }

    private static void ReadTop(JsonChunks chunks, PolicyDocumentBuilder builder, string source)
    {
        var reader = chunks.Start();
        if (!chunks.Read(ref reader))
        {
            throw new PulumiJsonException(source, 1, "is empty; expected the JSON of `pulumi preview --json` or `pulumi stack export`");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new PulumiJsonException(source, 1, $"starts with {Describe(reader.TokenType)}; expected a JSON object from `pulumi preview --json` or `pulumi stack export`");
        }

        while (chunks.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var before = chunks.Here(ref reader);
            chunks.Read(ref reader);
            switch (name)
            {
                case "steps":
                    builder.Kind(PlanFileKind.Preview);
                    ReadArray(chunks, ref reader, source, "$.steps", (ref Utf8JsonReader r, string path) => builder.Step(ref r, path));
                    break;
                case "changeSummary":
                    builder.Kind(PlanFileKind.Preview);
                    _ = chunks.Value(ref reader, before);
                    break;
                case "config":
                    builder.Config(chunks.Value(ref reader, before));
                    break;
                case "deployment":
                    builder.Kind(PlanFileKind.Export);
                    ReadDeployment(chunks, ref reader, builder);
                    break;
                case "version":
                    builder.Version(chunks.Value(ref reader, before));
                    break;
                default:
                    _ = chunks.Value(ref reader, before);
                    break;
            }
        }

        // Reach the end so that trailing garbage is reported, with its line.
        while (chunks.Read(ref reader))
        {
        }
    }

    private static void ReadDeployment(JsonChunks chunks, ref Utf8JsonReader reader, PolicyDocumentBuilder builder)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Null(builder.Source, "$.deployment");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new PulumiJsonException(builder.Source, null, $"has {Describe(reader.TokenType)} at $.deployment, where an object is required");
        }

        while (chunks.Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var before = chunks.Here(ref reader);
            chunks.Read(ref reader);
            switch (name)
            {
                case "resources" when reader.TokenType != JsonTokenType.Null:
                    ReadArray(chunks, ref reader, builder.Source, "$.deployment.resources", (ref Utf8JsonReader r, string path) => builder.Resource(ref r, path));
                    break;
                case "pending_operations" when reader.TokenType != JsonTokenType.Null:
                    ReadArray(chunks, ref reader, builder.Source, "$.deployment.pending_operations", (ref Utf8JsonReader r, string path) => builder.Pending(ref r, path));
                    break;
                default:
                    _ = chunks.Value(ref reader, before);
                    break;
            }
        }
    }

    private delegate void ElementHandler(ref Utf8JsonReader reader, string path);

    // Each element is decoded straight from the stream's reader; one cut by the buffer's end is decoded again, whole,
    // after a refill (the handlers change nothing until they have read their element to the end).
    private static void ReadArray(JsonChunks chunks, ref Utf8JsonReader reader, string source, string path, ElementHandler handle)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Null(source, path);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new PulumiJsonException(source, null, $"does not have the expected shape at {path} (expected an array, got {Describe(reader.TokenType)})");
        }

        for (var index = 0; ; index++)
        {
            var before = chunks.Here(ref reader);
            if (!chunks.Read(ref reader) || reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            while (true)
            {
                var probe = reader;
                try
                {
                    handle(ref probe, $"{path}[{index}]");
                    reader = probe;
                    break;
                }
                catch (PartialValueException)
                {
                    chunks.Reload(ref reader, before);
                }
            }
        }
    }

    internal static PulumiJsonException Null(string source, string path) => new(source, null, $"has null at {path}, where a value is required");

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    internal static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }

}
