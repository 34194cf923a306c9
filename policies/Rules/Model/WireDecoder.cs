using System.Text.Json;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>
/// Decodes Pulumi's wire values from a <see cref="Utf8JsonReader"/> into the neutral values of <see cref="Values"/>,
/// exactly as <see cref="ResourceModel.FromJson"/> does from a tree: the unknown marker, secrets (with their plaintext
/// when an export has it), numbers as <see cref="double"/>, maps without the engine's <c>__defaults</c>. Short strings
/// (keys, types, enum values) are shared: a large document repeats them hundreds of thousands of times.
/// </summary>
internal sealed class WireDecoder
{
    private const int MaxPooledLength = 160;
    private const int SmallNumbers = 1024;
    private static readonly object[] Boxed = [.. Enumerable.Range(0, SmallNumbers).Select(i => (object)(double)i)];
    private static readonly byte[] UnknownUtf8 = System.Text.Encoding.UTF8.GetBytes(PropertyValues.UnknownString);
    private static readonly byte[] SecretUtf8 = System.Text.Encoding.UTF8.GetBytes(PropertyValues.SecretString);
    private readonly Stack<List<KeyValuePair<string, object?>>> _scratch = new();
    private readonly Stack<List<object?>> _itemScratch = new();
    private readonly Utf8StringPool _bytes = new(MaxPoolSize);
    private const int MaxPoolSize = 200_000;
    private readonly HashSet<string> _pool = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WireDecoder() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value the reader is on (its first token already read), leaving the reader on its last token.</summary>
    public object? Decode(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                // One scratch list per depth: maps are built without a dictionary's buckets and slack.
                var entries = Rent();
                while (Tokens.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("__defaults"u8))
                    {
                        Tokens.Next(ref reader);
                        Tokens.Skip(ref reader);
                        continue;
                    }

                    var key = Text(ref reader);
                    Tokens.Next(ref reader);
                    entries.Add(new KeyValuePair<string, object?>(key, Decode(ref reader)));
                }

                var map = CompactMap.From(entries);
                Return(entries);
                return map.TryGetValue(PropertyValues.SignatureKey, out var signature) && signature is PropertyValues.SecretSignature
                    ? new SecretValue(map.TryGetValue("plaintext", out var plain) && plain is string text ? Plaintext(text) : map.GetValueOrDefault("value"))
                    : map;
            case JsonTokenType.StartArray:
                var items = RentItems();
                while (Tokens.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Decode(ref reader));
                }

                var array = items.ToArray();
                ReturnItems(items);
                return array;
            case JsonTokenType.String:
                if (!reader.ValueIsEscaped && !reader.HasValueSequence)
                {
                    var span = reader.ValueSpan;
                    if (span.Length == UnknownUtf8.Length && span.SequenceEqual(UnknownUtf8))
                    {
                        return UnknownValue.Instance;
                    }

                    if (span.Length == SecretUtf8.Length && span.SequenceEqual(SecretUtf8))
                    {
                        return new SecretValue(null);
                    }
                }

                return Text(ref reader);
            case JsonTokenType.Number:
                var number = reader.GetDouble();
                // Small whole numbers (sizes, counts, ports) are most numbers in a stack: share their boxes.
                return number is >= 0 and < SmallNumbers && number == Math.Floor(number) ? Boxed[(int)number] : number;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>A string shared with every equal one decoded before (type tokens, parent URNs), whatever its length.</summary>
    public string Shared(string text)
    {
        if (_lookup.TryGetValue(text.AsSpan(), out var pooled))
        {
            return pooled;
        }

        if (_pool.Count < MaxPoolSize)
        {
            _pool.Add(text);
        }

        return text;
    }

    private List<KeyValuePair<string, object?>> Rent() => _scratch.Count > 0 ? _scratch.Pop() : new List<KeyValuePair<string, object?>>(8);

    private List<object?> RentItems() => _itemScratch.Count > 0 ? _itemScratch.Pop() : new List<object?>(8);

    private void ReturnItems(List<object?> list)
    {
        list.Clear();
        _itemScratch.Push(list);
    }

    private void Return(List<KeyValuePair<string, object?>> list)
    {
        list.Clear();
        _scratch.Push(list);
    }

    // An export's secret plaintext is itself JSON text of the value.
    private object? Plaintext(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
            return reader.Read() ? Decode(ref reader) : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }

    /// <summary>The string the reader is on, shared with equal ones decoded before (short ones only).</summary>
    public string PooledText(ref Utf8JsonReader reader) => Text(ref reader);

    private string Text(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxPooledLength)
        {
            return reader.GetString()!;
        }

        return _bytes.Get(reader.ValueSpan);
    }
}
