using System.Collections.Immutable;
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
        var builder = new Builder(source);
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

    private static void ReadTop(JsonChunks chunks, Builder builder, string source)
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

    private static void ReadDeployment(JsonChunks chunks, ref Utf8JsonReader reader, Builder builder)
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

    private static PulumiJsonException Null(string source, string path) => new(source, null, $"has null at {path}, where a value is required");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
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

    /// <summary>Collects what the document holds as it streams past.</summary>
    private sealed class Builder(string source)
    {
        private readonly List<PolicyResource> _after = [];
        private readonly List<PolicyResource> _before = [];
        private readonly List<PolicyResource> _providers = [];
        private readonly Dictionary<string, string> _operations = new(StringComparer.Ordinal);
        private readonly List<(PolicyResource? Resource, string Operation)> _pending = [];
        private readonly WireDecoder _decoder = new();
        private Dictionary<string, string> _config = new(StringComparer.Ordinal);
        private PlanFileKind? _kind;
        private int _count;
        private bool _sawDeployment;
        private long? _version;

        public string Source { get; } = source;

        public void Kind(PlanFileKind kind)
        {
            if (_kind is { } known && known != kind)
            {
                throw new PulumiJsonException(Source, 1, "has both `steps` and `deployment`; expected either a preview or a stack export");
            }

            _kind = kind;
            _sawDeployment |= kind == PlanFileKind.Export;
        }

        public void Version(ReadOnlySpan<byte> value)
        {
            var reader = new Utf8JsonReader(value);
            reader.Read();
            _version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var v) && v is >= int.MinValue and <= int.MaxValue
                ? v
                : throw new PulumiJsonException(Source, null, "does not have the expected shape at $.version (has a value of the wrong type or out of range)");
        }

        public void Config(ReadOnlySpan<byte> value)
        {
            var reader = new Utf8JsonReader(value);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            var config = new Dictionary<string, string>(StringComparer.Ordinal);
            while (Tokens.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                Tokens.Next(ref reader);
                if (reader.TokenType == JsonTokenType.String)
                {
                    config[key] = reader.GetString()!;
                }
                else
                {
                    Tokens.Skip(ref reader);
                }
            }

            _config = config;
        }

        public void Step(ref Utf8JsonReader reader, string path)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw Null(Source, path);
            }

            Expect(ref reader, JsonTokenType.StartObject, path);
            string? op = null, urn = null;
            WireState? oldState = null, newState = null;
            var sawOp = false;
            var sawUrn = false;
            while (Tokens.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("op"u8))
                {
                    Tokens.Next(ref reader);
                    sawOp = true;
                    op = reader.TokenType == JsonTokenType.String ? _decoder.PooledText(ref reader) : String(ref reader, $"{path}.op");
                }
                else if (reader.ValueTextEquals("urn"u8))
                {
                    Tokens.Next(ref reader);
                    sawUrn = true;
                    urn = String(ref reader, $"{path}.urn");
                }
                else if (reader.ValueTextEquals("oldState"u8))
                {
                    Tokens.Next(ref reader);
                    oldState = State(ref reader, $"{path}.oldState", required: false, urn);
                }
                else if (reader.ValueTextEquals("newState"u8))
                {
                    Tokens.Next(ref reader);
                    newState = State(ref reader, $"{path}.newState", required: false, urn);
                }
                else
                {
                    Tokens.Next(ref reader);
                    Tokens.Skip(ref reader);
                }
            }

            // The serializer's defaults: a step without "op" is "same", without "urn" the empty URN.
            op ??= sawOp ? throw Null(Source, $"{path}.op") : StepOps.Same;
            urn ??= sawUrn ? throw Null(Source, $"{path}.urn") : string.Empty;
            _count++;
            _operations[urn] = op;
            if (StepOps.ExistedBefore(op) && oldState is { } old && old.IsPolicyRelevant)
            {
                _before.Add(old.ToResource());
            }

            if (StepOps.ExistsAfter(op) && newState is { } state)
            {
                // A preview's new state has no outputs; for resources that exist already, the old state's outputs are what
                // the provider reported, and stay true unless the step changes them.
                if (state.Outputs is null && oldState?.Outputs is { } known && op is StepOps.Same or StepOps.Update or StepOps.Refresh)
                {
                    state = state with { Outputs = known };
                }

                if (state.IsPolicyRelevant)
                {
                    _after.Add(state.ToResource());
                }
                else if (state.IsProvider)
                {
                    _providers.Add(state.ToResource());
                }
            }
        }

        public void Resource(ref Utf8JsonReader reader, string path)
        {
            var state = State(ref reader, path, required: true)!;
            _count++;
            if (state.IsPolicyRelevant)
            {
                _after.Add(state.ToResource());
            }
            else if (state.IsProvider)
            {
                _providers.Add(state.ToResource());
            }
        }

        public void Pending(ref Utf8JsonReader reader, string path)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                // A pending operation that is not an object names no resource the rules could check.
                return;
            }

            WireState? state = null;
            var operation = "unknown";
            while (Tokens.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("resource"u8))
                {
                    Tokens.Next(ref reader);
                    state = reader.TokenType == JsonTokenType.StartObject ? TryState(ref reader, $"{path}.resource") : Skipped(ref reader);
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    Tokens.Next(ref reader);
                    operation = reader.TokenType == JsonTokenType.String ? reader.GetString()! : Skipped(ref reader)?.Urn ?? "unknown";
                }
                else
                {
                    Tokens.Next(ref reader);
                    Tokens.Skip(ref reader);
                }
            }

            if (state is { Urn.Length: > 0 })
            {
                _pending.Add((state.IsPolicyRelevant ? state.ToResource() : null, operation));
            }
        }

        public PolicyDocument Build(long bytes)
        {
            var kind = _kind ?? throw new PulumiJsonException(Source, 1, "is neither a preview (no `steps`) nor a stack export (no `deployment`)");
            if (kind == PlanFileKind.Export && _version is { } version && version != StackExport.SupportedVersion)
            {
                throw new PulumiJsonException(Source, 1, $"is a stack export of version {version}; only version {StackExport.SupportedVersion} is understood");
            }

            var after = _after;
            if (_pending.Count > 0)
            {
                var byUrn = after.Select((r, i) => (r.Urn, i)).GroupBy(p => p.Urn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
                foreach (var (resource, operation) in _pending.Where(p => p.Resource is not null))
                {
                    if (byUrn.TryGetValue(resource!.Urn, out var index))
                    {
                        after[index] = after[index] with { PendingOperation = operation };
                    }
                    else
                    {
                        after.Add(resource with { PendingOperation = operation });
                    }
                }
            }

            return new PolicyDocument(
                Source,
                kind,
                after,
                kind == PlanFileKind.Preview ? _before : after,
                kind == PlanFileKind.Preview ? _operations : ImmutableDictionary<string, string>.Empty,
                _config,
                _providers,
                _count,
                bytes);
        }

        private WireState? State(ref Utf8JsonReader reader, string path, bool required, string? knownUrn = null)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return required ? throw Null(Source, path) : null;
            }

            Expect(ref reader, JsonTokenType.StartObject, path);
            string? urn = null, type = null, parent = null;
            var sawUrn = false;
            var sawType = false;
            var delete = false;
            object? inputs = null, outputs = null;
            Dictionary<string, IReadOnlyList<string>>? dependencies = null;
            while (Tokens.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("urn"u8))
                {
                    Tokens.Next(ref reader);
                    sawUrn = true;

                    // A step's state repeats the step's URN: share the string.
                    urn = knownUrn is not null && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(knownUrn) ? knownUrn : String(ref reader, $"{path}.urn");
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    Tokens.Next(ref reader);
                    sawType = true;
                    type = reader.TokenType == JsonTokenType.String ? _decoder.PooledText(ref reader) : String(ref reader, $"{path}.type");
                }
                else if (reader.ValueTextEquals("delete"u8))
                {
                    Tokens.Next(ref reader);
                    delete = reader.TokenType == JsonTokenType.True;
                    if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null))
                    {
                        throw new PulumiJsonException(Source, null, $"does not have the expected shape at {path}.delete (expected a boolean)");
                    }
                }
                else if (reader.ValueTextEquals("inputs"u8))
                {
                    Tokens.Next(ref reader);
                    inputs = Map(ref reader, $"{path}.inputs");
                }
                else if (reader.ValueTextEquals("outputs"u8))
                {
                    Tokens.Next(ref reader);
                    outputs = Map(ref reader, $"{path}.outputs");
                }
                else if (reader.ValueTextEquals("parent"u8))
                {
                    Tokens.Next(ref reader);
                    parent = reader.TokenType == JsonTokenType.String ? reader.GetString() : Skipped(ref reader)?.Urn;
                }
                else if (reader.ValueTextEquals("propertyDependencies"u8))
                {
                    Tokens.Next(ref reader);
                    dependencies = Dependencies(ref reader);
                }
                else
                {
                    Tokens.Next(ref reader);
                    Tokens.Skip(ref reader);
                }
            }

            urn ??= sawUrn ? throw Null(Source, $"{path}.urn") : string.Empty;
            type = _decoder.Shared(type ?? (sawType ? throw Null(Source, $"{path}.type") : string.Empty));
            parent = parent is null ? null : _decoder.Shared(parent);
            return new WireState(urn, type, delete, inputs as IReadOnlyDictionary<string, object?>, outputs as IReadOnlyDictionary<string, object?>, parent, dependencies);
        }

        private WireState? TryState(ref Utf8JsonReader reader, string path)
        {
            try
            {
                return State(ref reader, path, required: false);
            }
            catch (PulumiJsonException)
            {
                // A pending operation's resource that is not a state names nothing the rules can check.
                return null;
            }
        }

        private object? Map(ref Utf8JsonReader reader, string path)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new PulumiJsonException(Source, null, $"does not have the expected shape at {path} (expected an object, got {Describe(reader.TokenType)})");
            }

            return _decoder.Decode(ref reader);
        }

        private static Dictionary<string, IReadOnlyList<string>>? Dependencies(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Tokens.Skip(ref reader);
                return null;
            }

            var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            while (Tokens.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                Tokens.Next(ref reader);
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    Tokens.Skip(ref reader);
                    continue;
                }

                var urns = new List<string>();
                while (Tokens.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        urns.Add(reader.GetString()!);
                    }
                    else
                    {
                        Tokens.Skip(ref reader);
                    }
                }

                map[key] = urns;
            }

            return map;
        }

        private string? String(ref Utf8JsonReader reader, string path) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new PulumiJsonException(Source, null, $"does not have the expected shape at {path} (expected a string, got {Describe(reader.TokenType)})"),
        };

        private void Expect(ref Utf8JsonReader reader, JsonTokenType token, string path)
        {
            if (reader.TokenType != token)
            {
                throw new PulumiJsonException(Source, null, $"does not have the expected shape at {path} (expected {Describe(token)}, got {Describe(reader.TokenType)})");
            }
        }

        private static WireState? Skipped(ref Utf8JsonReader reader)
        {
            Tokens.Skip(ref reader);
            return null;
        }
    }

    /// <summary>A resource state as the wire has it, before it becomes a <see cref="PolicyResource"/>.</summary>
    private sealed record WireState(
        string Urn,
        string Type,
        bool Delete,
        IReadOnlyDictionary<string, object?>? Inputs,
        IReadOnlyDictionary<string, object?>? Outputs,
        string? Parent,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? Dependencies)
    {
        private static readonly IReadOnlyDictionary<string, object?> Empty = ImmutableDictionary<string, object?>.Empty;

        public bool IsProvider => Type.StartsWith("pulumi:providers:", StringComparison.Ordinal);

        // The old half of a create-before-delete replacement (delete: true) has its successor beside it: counting both
        // would price and quota the resource twice.
        public bool IsPolicyRelevant => !IsProvider && !Delete;

        public PolicyResource ToResource() => new(
            Urn,
            ResourceTypes.Normalize(Type.Length > 0 ? Type : PulumiUrn.TypeOf(Urn)),
            null!,
            Inputs ?? Empty,
            Outputs ?? Empty,
            Parent,
            Dependencies);
    }
}
