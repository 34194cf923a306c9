using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// A JSON value of the config with its key path (<c>mlplatform:gpuPools[1].maxNodes</c>). Reads fields with defaults,
/// records a problem for each wrong or missing value instead of stopping, and reports keys it does not know, so a
/// typo is an error rather than a silently ignored setting.
/// </summary>
internal sealed class ConfigNode
{
    private readonly JsonElement _element;
    private readonly ConfigErrors _errors;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public ConfigNode(JsonElement element, string path, ConfigErrors errors)
    {
        _element = element;
        Path = path;
        _errors = errors;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"must be an object (got {Describe(element)})");
        }
    }

    public string Path { get; }

    // The namespace is followed by ':' (mlplatform:gpuPools), nested keys by '.' (mlplatform:gpuPools[0].name).
    private string ChildPath(string key) => Path.Contains(':', StringComparison.Ordinal) ? $"{Path}.{key}" : $"{Path}:{key}";

    public bool IsObject => _element.ValueKind == JsonValueKind.Object;

    public string String(string key, string fallback, bool required = false) =>
        Read(key, required, fallback, e => e.ValueKind == JsonValueKind.String ? e.GetString()! : null, "a string");

    public int Int(string key, int fallback, int min = int.MinValue, int max = int.MaxValue, bool required = false)
    {
        var value = Read(key, required, (int?)fallback, e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) ? i : e.ValueKind == JsonValueKind.String && int.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null, "a whole number") ?? fallback;
        if (value < min || value > max)
        {
            _errors.Add(ChildPath(key), max == int.MaxValue ? $"must be >= {min} (got {value})" : $"must be between {min} and {max} (got {value})");
        }

        return value;
    }

    public int? OptionalInt(string key, int min = int.MinValue)
    {
        if (!Has(key))
        {
            MarkRead(key);
            return null;
        }

        return Int(key, 0, min);
    }

    public decimal Decimal(string key, decimal fallback, decimal min = decimal.MinValue, bool required = false)
    {
        var value = Read(key, required, (decimal?)fallback, e => e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d) ? d : e.ValueKind == JsonValueKind.String && decimal.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : null, "a number") ?? fallback;
        if (value < min)
        {
            _errors.Add(ChildPath(key), $"must be >= {min.ToString(CultureInfo.InvariantCulture)} (got {value.ToString(CultureInfo.InvariantCulture)})");
        }

        return value;
    }

    public decimal? OptionalDecimal(string key, decimal min = decimal.MinValue)
    {
        if (!Has(key))
        {
            MarkRead(key);
            return null;
        }

        return Decimal(key, 0, min);
    }

    public bool Bool(string key, bool fallback) =>
        Read(key, false, (bool?)fallback, e => e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when e.GetString() is "true" => true,
            JsonValueKind.String when e.GetString() is "false" => false,
            _ => null,
        }, "true or false") ?? fallback;

    public TEnum Enum<TEnum>(string key, TEnum fallback)
        where TEnum : struct, System.Enum
    {
        var text = String(key, string.Empty);
        if (text.Length == 0)
        {
            return fallback;
        }

        if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }

        _errors.Add(ChildPath(key), $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))} (got '{text}')");
        return fallback;
    }

    public ImmutableArray<string> Strings(string key, ImmutableArray<string> fallback, bool required = false)
    {
        MarkRead(key);
        if (!TryGet(key, out var element))
        {
            if (required)
            {
                _errors.Add(ChildPath(key), "is required");
            }

            return fallback;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(ChildPath(key), $"must be a list of strings (got {Describe(element)})");
            return fallback;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                builder.Add(item.GetString()!);
            }
            else
            {
                _errors.Add($"{ChildPath(key)}[{index}]", $"must be a non-empty string (got {Describe(item)})");
            }

            index++;
        }

        return builder.ToImmutable();
    }

    public ImmutableArray<int> Ints(string key, ImmutableArray<int> fallback, int min, int max)
    {
        MarkRead(key);
        if (!TryGet(key, out var element))
        {
            return fallback;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(ChildPath(key), $"must be a list of whole numbers (got {Describe(element)})");
            return fallback;
        }

        var builder = ImmutableArray.CreateBuilder<int>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var value) && value >= min && value <= max)
            {
                builder.Add(value);
            }
            else
            {
                _errors.Add($"{ChildPath(key)}[{index}]", $"must be a whole number between {min} and {max} (got {Describe(item)})");
            }

            index++;
        }

        return builder.ToImmutable();
    }

    public ImmutableDictionary<string, string> StringMap(string key)
    {
        MarkRead(key);
        if (!TryGet(key, out var element))
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(ChildPath(key), $"must be a map of strings (got {Describe(element)})");
            return ImmutableDictionary<string, string>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                builder[property.Name] = property.Value.GetString()!;
            }
            else
            {
                _errors.Add($"{ChildPath(key)}.{property.Name}", $"must be a string (got {Describe(property.Value)})");
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>A map of whole numbers within [<paramref name="min"/>, <paramref name="max"/>]; a missing one reads as empty.</summary>
    public ImmutableDictionary<string, int> IntMap(string key, int min, int max)
    {
        MarkRead(key);
        if (!TryGet(key, out var element))
        {
            return ImmutableDictionary<string, int>.Empty;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(ChildPath(key), $"must be a map of whole numbers (got {Describe(element)})");
            return ImmutableDictionary<string, int>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var value) && value >= min && value <= max)
            {
                builder[property.Name] = value;
            }
            else
            {
                _errors.Add($"{ChildPath(key)}.{property.Name}", $"must be a whole number from {min} to {max} (got {Describe(property.Value)})");
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>A nested object; a missing one reads as empty so its fields take their defaults.</summary>
    public ConfigNode Object(string key, bool required = false)
    {
        MarkRead(key);
        if (TryGet(key, out var element))
        {
            return new ConfigNode(element, ChildPath(key), _errors);
        }

        if (required)
        {
            _errors.Add(ChildPath(key), "is required");
        }

        return new ConfigNode(EmptyObject, ChildPath(key), _errors);
    }

    public bool Has(string key)
    {
        // Asking is accepting: the key is known, whether the stack sets it or not.
        _errors.KeyRead(ChildPath(key));
        return TryGet(key, out _);
    }

    public IReadOnlyList<ConfigNode> List(string key, bool required = false)
    {
        MarkRead(key);
        if (!TryGet(key, out var element))
        {
            if (required)
            {
                _errors.Add(ChildPath(key), "is required");
            }

            return [];
        }

        return ListOf(element, ChildPath(key), _errors);
    }

    public static IReadOnlyList<ConfigNode> ListOf(JsonElement element, string path, ConfigErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, $"must be a list (got {Describe(element)})");
            return [];
        }

        return element.EnumerateArray().Select((item, i) => new ConfigNode(item, $"{path}[{i}]", errors)).ToList();
    }

    /// <summary>Reports every key of this object that nothing read: almost always a typo.</summary>
    public void RejectUnknownKeys()
    {
        if (!IsObject)
        {
            return;
        }

        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                _errors.Add(ChildPath(property.Name), $"is not a known setting (known: {string.Join(", ", _read.Order(StringComparer.Ordinal))})");
            }
        }
    }

    private void MarkRead(string key)
    {
        _read.Add(key);
        _errors.KeyRead(ChildPath(key));
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"'{element.GetString()}'",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.Null or JsonValueKind.Undefined => "nothing",
        _ => element.GetRawText(),
    };

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    private bool TryGet(string key, out JsonElement element)
    {
        if (IsObject && _element.TryGetProperty(key, out element) && element.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        element = default;
        return false;
    }

    private T Read<T>(string key, bool required, T fallback, Func<JsonElement, T?> convert, string expected)
    {
        MarkRead(key);
        if (!TryGet(key, out var element))
        {
            if (required)
            {
                _errors.Add(ChildPath(key), "is required");
            }

            return fallback;
        }

        var value = convert(element);
        if (value is null)
        {
            _errors.Add(ChildPath(key), $"must be {expected} (got {Describe(element)})");
            return fallback;
        }

        return value;
    }
}
