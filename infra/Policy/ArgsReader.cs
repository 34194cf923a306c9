using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using MlPlatform.Policies;
using Pulumi;

namespace MlPlatform.Infra.Policy;

/// <summary>
/// Turns a resource's <see cref="ResourceArgs"/> into the neutral values the rules read, through public API only:
/// members marked <c>[Input("name")]</c> are found with <see cref="CustomAttributeData"/> (the attribute's
/// <c>Name</c> is internal in the SDK, its constructor argument is not); <c>Input&lt;T&gt;</c>/<c>Output&lt;T&gt;</c>
/// are resolved with <c>Apply</c>, and a value whose callback never ran is unknown (a preview value). Secrets become
/// <see cref="SecretValue"/>, nested args maps, lists and maps are converted item by item.
/// </summary>
internal sealed class ArgsReader
{
    private const int MaxDepth = 32;
    private static readonly MethodInfo ResolveMethod = typeof(ArgsReader).GetMethod(nameof(ResolveAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToOutputMethod = typeof(InputExtensions).GetMethod(nameof(InputExtensions.ToOutput))!;

    private readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> _members = new();

    /// <summary>The args' inputs by wire name; unset inputs are left out.</summary>
    public async Task<Dictionary<string, object?>> ReadAsync(object args, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(args);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, get) in Members(args.GetType()))
        {
            var raw = get(args);
            if (raw is null)
            {
                continue;
            }

            map[name] = await ValueAsync(raw, depth + 1).ConfigureAwait(false);
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
                    map[entry.Key.ToString() ?? string.Empty] = await ValueAsync(entry.Value, depth + 1).ConfigureAwait(false);
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
        return secret ? new SecretValue(plain) : plain;
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

    private (string Name, Func<object, object?> Get)[] Members(Type type) => _members.GetOrAdd(type, static t =>
    {
        var members = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
        {
            const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

            // Generated args keep list and map inputs in a private field behind a lazily-initialising property; the
            // field says "not set" (null) where the getter would invent an empty collection, so fields win.
            foreach (var field in current.GetFields(Flags))
            {
                if (InputName(field) is { } name)
                {
                    members[name] = field.GetValue;
                }
            }

            foreach (var property in current.GetProperties(Flags))
            {
                if (InputName(property) is { } name && !members.ContainsKey(name) && property.GetMethod is not null && property.GetIndexParameters().Length == 0)
                {
                    members[name] = property.GetValue;
                }
            }
        }

        return [.. members.Select(m => (m.Key, m.Value))];
    });

    private static string? InputName(MemberInfo member) =>
        member.GetCustomAttributesData()
            .FirstOrDefault(a => a.AttributeType.FullName == "Pulumi.InputAttribute")
            ?.ConstructorArguments.FirstOrDefault().Value as string;

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
}
