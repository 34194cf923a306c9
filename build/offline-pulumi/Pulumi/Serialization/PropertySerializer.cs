using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;

namespace Pulumi.Serialization;

/// <summary>
/// Turns args, inputs and outputs into the plain values the engine (here, the mocks) sees: <c>null</c>, <c>bool</c>,
/// <c>double</c> (every number, as on the wire), <c>string</c>, <c>ImmutableArray&lt;object?&gt;</c> and
/// <c>ImmutableDictionary&lt;string, object?&gt;</c>. Keys with null values are omitted, as the real serializer does.
/// A value is known only if everything inside it is known, and secret if anything known inside it is secret.
/// </summary>
internal static class PropertySerializer
{
    public static async Task<OutputData<object?>> ToPlainAsync(object? value)
    {
        switch (value)
        {
            case null:
                return OutputData<object?>.Known(null);
            case string or bool:
                return OutputData<object?>.Known(value);
            case int i:
                return OutputData<object?>.Known((double)i);
            case long l:
                return OutputData<object?>.Known((double)l);
            case double d:
                return OutputData<object?>.Known(d);
            case float f:
                return OutputData<object?>.Known((double)f);
            case decimal m:
                return OutputData<object?>.Known((double)m);
            case JsonElement element:
                return OutputData<object?>.Known(FromJson(element));
            case InputArgs args:
                return await DictionaryAsync(args.ToDictionary()).ConfigureAwait(false);
            case IInput input:
                return await OutputAsync(input.ToOutput()).ConfigureAwait(false);
            case IOutput output:
                return await OutputAsync(output).ConfigureAwait(false);
            case CustomResource custom:
                {
                    var urn = await custom.Urn.DataTask.ConfigureAwait(false);
                    return new OutputData<object?>(ImmutableHashSet.Create<Resource>(custom), urn.Value, urn.IsKnown, false);
                }

            case Resource resource:
                {
                    var urn = await resource.Urn.DataTask.ConfigureAwait(false);
                    return new OutputData<object?>(ImmutableHashSet.Create(resource), urn.Value, urn.IsKnown, false);
                }

            case IUnion union:
                return await ToPlainAsync(union.Value).ConfigureAwait(false);
            case IDictionary dictionary:
                {
                    var entries = new Dictionary<string, object?>();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        entries[entry.Key as string ?? throw new InvalidOperationException($"Dictionaries are only supported with string keys (got {entry.Key.GetType().FullName})")] = entry.Value;
                    }

                    return await DictionaryAsync(entries).ConfigureAwait(false);
                }

            case IList list:
                return await ListAsync(list).ConfigureAwait(false);
        }

        var type = value.GetType();
        if (type.IsValueType && type.GetCustomAttribute<EnumTypeAttribute>() is not null)
        {
            var conversion = type.GetMethod("op_Explicit", BindingFlags.Public | BindingFlags.Static, null, [type], null)
                ?? throw new InvalidOperationException($"Expected {type.FullName} to have an explicit conversion operator to String or Double.");
            return await ToPlainAsync(conversion.Invoke(null, [value])).ConfigureAwait(false);
        }

        if (type.IsEnum)
        {
            return OutputData<object?>.Known(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (type.GetCustomAttribute<OutputTypeAttribute>() is not null)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.GetValue(value));
            return await DictionaryAsync(properties).ConfigureAwait(false);
        }

        // POCOs returned by mocks: their public properties, camel-cased as the generated SDKs name them.
        var poco = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.GetValue(value));
        return await DictionaryAsync(poco).ConfigureAwait(false);
    }

    private static async Task<OutputData<object?>> OutputAsync(IOutput output)
    {
        var data = await output.GetDataAsync().ConfigureAwait(false);

        // The real serializer writes the bare unknown marker before it would wrap a value as secret: the engine (and
        // so a mock) sees an unknown secret as unknown, not secret.
        if (!data.IsKnown)
        {
            return new OutputData<object?>(data.Resources, null, false, false);
        }

        var inner = await ToPlainAsync(data.Value).ConfigureAwait(false);
        return new OutputData<object?>(OutputData.Union(data.Resources, inner.Resources), inner.Value, inner.IsKnown, data.IsSecret || inner.IsSecret);
    }

    private static async Task<OutputData<object?>> DictionaryAsync(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object?>();
        var resources = ImmutableHashSet<Resource>.Empty;
        var isKnown = true;
        var isSecret = false;
        foreach (var (key, raw) in entries)
        {
            var data = await ToPlainAsync(raw).ConfigureAwait(false);
            resources = OutputData.Union(resources, data.Resources);
            isKnown &= data.IsKnown;
            isSecret |= data.IsSecret;
            if (data.Value is not null)
            {
                builder[key] = data.Value;
            }
        }

        return new OutputData<object?>(resources, builder.ToImmutable(), isKnown, isSecret);
    }

    private static async Task<OutputData<object?>> ListAsync(IList list)
    {
        // A default ImmutableArray is "not set", not an empty list.
        if (list.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            && (bool)t.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(list)!)
        {
            return OutputData<object?>.Known(null);
        }

        var builder = ImmutableArray.CreateBuilder<object?>(list.Count);
        var resources = ImmutableHashSet<Resource>.Empty;
        var isKnown = true;
        var isSecret = false;
        foreach (var item in list)
        {
            var data = await ToPlainAsync(item).ConfigureAwait(false);
            resources = OutputData.Union(resources, data.Resources);
            isKnown &= data.IsKnown;
            isSecret |= data.IsSecret;
            builder.Add(data.Value);
        }

        return new OutputData<object?>(resources, builder.MoveToImmutable(), isKnown, isSecret);
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToImmutableArray(),
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToImmutableDictionary(p => p.Name, p => FromJson(p.Value)),
        _ => null,
    };
}
