using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using MlPlatform.Policies;
using Pulumi;

namespace MlPlatform.Infra.Policy;

/// <summary>
/// Reads a resource's <see cref="ResourceArgs"/> into neutral values (<see cref="Values"/>) as the engine receives them
/// in a preview: the structure is kept and only what is not known yet is unknown, at its own place. The policy hook
/// and the plan tool both read args through it.
/// </summary>
/// <remarks>
/// It follows the SDK's serializer through public API only: members marked <c>[Input("name")]</c> are found with
/// <see cref="CustomAttributeData"/> (the attribute's <c>Name</c> is internal in the SDK, its constructor argument is
/// not); an <c>Input&lt;T&gt;</c>/<c>Output&lt;T&gt;</c> is resolved with <c>Apply</c>, and one whose callback never
/// runs is <see cref="UnknownValue"/>, whether or not it is secret (the serializer sends the plain unknown marker for
/// both); a known secret output is a <see cref="SecretValue"/>. An <c>InputList</c>/<c>InputMap</c> is one output,
/// so one unknown item makes the whole list unknown, as it does on the wire. Nested args, lists and maps are read item
/// by item; null members and map entries are left out (the serializer omits them), <c>json: true</c> inputs become
/// their JSON text.
/// </remarks>
public sealed class ArgsReader
{
    private const int MaxDepth = 32;
    private static readonly MethodInfo ResolveMethod = typeof(ArgsReader).GetMethod(nameof(ResolveAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToOutputMethod = typeof(InputExtensions).GetMethod(nameof(InputExtensions.ToOutput))!;

    private readonly ConcurrentDictionary<Type, InputMember[]> _members = new();

    /// <summary>The args' inputs by wire name; unset inputs are left out.</summary>
    public async Task<Dictionary<string, object?>> ReadAsync(object args, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(args);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in Members(args.GetType()))
        {
            var raw = member.Get(args);
            if (raw is null)
            {
                continue;
            }

            var value = await ValueAsync(raw, depth + 1).ConfigureAwait(false);
            if (value is not null)
            {
                map[member.Name] = member.Json ? Json(value) : value;
            }
        }

        return map;
    }

    /// <summary>One value (an output, an input, a plain value) in the neutral form.</summary>
    public Task<object?> ValueAsync(object? value) => ValueAsync(value, 0);

    private async Task<object?> ValueAsync(object? value, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        var type = value.GetType();
        switch (value)
        {
            case string or bool or double or float or decimal or long:
                return value;
            case int i:
                return (double)i;
            case Enum e:
                return e.ToString();
            case InputArgs nested:
                return await ReadAsync(nested, depth).ConfigureAwait(false);
        }

        if (OutputType(type) is { } outputType)
        {
            return await OutputAsync(value, outputType, depth).ConfigureAwait(false);
        }

        if (InputType(type) is { } inputType)
        {
            var output = ToOutputMethod.MakeGenericMethod(inputType.GetGenericArguments()[0]).Invoke(null, [value])!;
            return await OutputAsync(output, output.GetType(), depth).ConfigureAwait(false);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName is "Pulumi.Union`2" && type.GetProperty("Value") is { } union)
        {
            return await ValueAsync(union.GetValue(value), depth + 1).ConfigureAwait(false);
        }

        if (type.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "Pulumi.EnumTypeAttribute"))
        {
            return value.ToString();
        }

        switch (value)
        {
            case IDictionary dictionary:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (await ValueAsync(entry.Value, depth + 1).ConfigureAwait(false) is { } item)
                    {
                        map[entry.Key.ToString() ?? string.Empty] = item;
                    }
                }

                return map;
            case IEnumerable items:
                var list = new List<object?>();
                foreach (var item in items)
                {
                    list.Add(await ValueAsync(item, depth + 1).ConfigureAwait(false));
                }

                return list;
            default:
                return type.IsPrimitive ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : value.ToString();
        }
    }

    private async Task<object?> OutputAsync(object output, Type outputType, int depth)
    {
        var task = (Task<(bool Known, object? Value, bool Secret)>)ResolveMethod.MakeGenericMethod(outputType.GetGenericArguments()[0]).Invoke(null, [output])!;
        var (known, raw, secret) = await task.ConfigureAwait(false);
        if (!known)
        {
            return UnknownValue.Instance;
        }

        var plain = await ValueAsync(raw, depth + 1).ConfigureAwait(false);
        return secret && plain is not null ? new SecretValue(plain) : plain;
    }

    /// <summary>The value of an output, whether it is known, and whether it is secret; an unknown output never runs Apply.</summary>
    private static async Task<(bool Known, object? Value, bool Secret)> ResolveAsync<T>(Output<T> output)
    {
        object? captured = null;
        var known = false;
        var applied = output.Apply(v =>
        {
            captured = v;
            known = true;
            return true;
        });

        // Completes once the data (and so the callback, if it runs) is done.
        var secret = await Output.IsSecretAsync(applied).ConfigureAwait(false);
        return (known, captured, secret);
    }

    // A json input goes to the engine as the JSON text of its value; unknown and secret values keep their marking.
    private static object? Json(object value) => value switch
    {
        UnknownValue => value,
        SecretValue secret => new SecretValue(secret.Plain is null ? null : Json(secret.Plain)),
        _ => JsonSerializer.Serialize(value),
    };

    private InputMember[] Members(Type type) => _members.GetOrAdd(type, static t =>
    {
        var members = new Dictionary<string, InputMember>(StringComparer.Ordinal);
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
        {
            const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

            // Generated args keep list and map inputs in a private field behind a lazily-initialising property; the
            // field says "not set" (null) where the getter would invent an empty collection, so fields win.
            foreach (var field in current.GetFields(Flags))
            {
                if (Input(field) is { } input)
                {
                    members[input.Name] = new InputMember(input.Name, input.Json, field.GetValue);
                }
            }

            foreach (var property in current.GetProperties(Flags))
            {
                if (Input(property) is { } input && !members.ContainsKey(input.Name) && property.GetMethod is not null && property.GetIndexParameters().Length == 0)
                {
                    members[input.Name] = new InputMember(input.Name, input.Json, property.GetValue);
                }
            }
        }

        return [.. members.Values];
    });

    // [Input(name, required = false, json = false)]: the compiler writes every constructor argument, defaults included.
    private static (string Name, bool Json)? Input(MemberInfo member)
    {
        var attribute = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == "Pulumi.InputAttribute");
        if (attribute?.ConstructorArguments.FirstOrDefault().Value is not string name)
        {
            return null;
        }

        var json = attribute.ConstructorArguments.Count > 2 && attribute.ConstructorArguments[2].Value is true;
        return (name, json);
    }

    private static Type? OutputType(Type type) => GenericBase(type, "Pulumi.Output`1");

    private static Type? InputType(Type type) => GenericBase(type, "Pulumi.Input`1");

    private static Type? GenericBase(Type type, string definition)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition().FullName == definition)
            {
                return current;
            }
        }

        return null;
    }

    private sealed record InputMember(string Name, bool Json, Func<object, object?> Get);
}
