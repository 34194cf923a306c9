using System.Collections.Immutable;
using System.Text.Json;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>Collects what the document holds as it streams past.</summary>
internal sealed class PolicyDocumentBuilder(string source)
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
            throw PolicyDocumentReader.Null(Source, path);
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
        op ??= sawOp ? throw PolicyDocumentReader.Null(Source, $"{path}.op") : StepOps.Same;
        urn ??= sawUrn ? throw PolicyDocumentReader.Null(Source, $"{path}.urn") : string.Empty;
        _count++;
        _operations[urn] = op;
        if (StepOps.ExistedBefore(op) && oldState is { } old && old.IsPolicyRelevant)
        {
            _before.Add(old.ToResource());
        }

        if (newState is null && op is StepOps.Create or StepOps.Update or StepOps.CreateReplacement or StepOps.Import)
        {
            // Without the new state the gate cannot see what the step creates or changes: refuse, never pass it unseen.
            throw new PulumiJsonException(Source, null, $"has no newState at {path} for its '{op}' step ({(urn.Length > 0 ? urn : "no urn")}); a preview's create and update steps carry the resource's new inputs");
        }

        if (StepOps.ExistsAfter(op) && (newState ?? (op is StepOps.Same or StepOps.Refresh ? oldState : null)) is { } state)
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
            return required ? throw PolicyDocumentReader.Null(Source, path) : null;
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

        urn ??= sawUrn ? throw PolicyDocumentReader.Null(Source, $"{path}.urn") : string.Empty;
        type = _decoder.Shared(type ?? (sawType ? throw PolicyDocumentReader.Null(Source, $"{path}.type") : string.Empty));
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
            throw new PulumiJsonException(Source, null, $"does not have the expected shape at {path} (expected an object, got {PolicyDocumentReader.Describe(reader.TokenType)})");
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
        _ => throw new PulumiJsonException(Source, null, $"does not have the expected shape at {path} (expected a string, got {PolicyDocumentReader.Describe(reader.TokenType)})"),
    };

    private void Expect(ref Utf8JsonReader reader, JsonTokenType token, string path)
    {
        if (reader.TokenType != token)
        {
            throw new PulumiJsonException(Source, null, $"does not have the expected shape at {path} (expected {PolicyDocumentReader.Describe(token)}, got {PolicyDocumentReader.Describe(reader.TokenType)})");
        }
    }

    private static WireState? Skipped(ref Utf8JsonReader reader)
    {
        Tokens.Skip(ref reader);
        return null;
    }
}
