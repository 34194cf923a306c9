using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Pulumi.Serialization;

/// <summary>Converts plain engine values (see <see cref="PropertySerializer"/>) into the types of [Output] properties.</summary>
internal static class OutputConverter
{
    public static object? Convert(object? value, Type target, string context)
    {
        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            return value is null ? null : Convert(value, underlying, context);
        }

        if (value is null)
        {
            return target.IsValueType ? Activator.CreateInstance(target) : null;
        }

        if (target == typeof(object))
        {
            return value;
        }

        if (target == typeof(string))
        {
            return value as string ?? throw Mismatch(value, target, context);
        }

        if (target == typeof(bool))
        {
            return value is bool b ? b : throw Mismatch(value, target, context);
        }

        if (target == typeof(int))
        {
            return value is double d ? (int)d : throw Mismatch(value, target, context);
        }

        if (target == typeof(double))
        {
            return value is double d ? d : throw Mismatch(value, target, context);
        }

        if (target == typeof(JsonElement))
        {
            return JsonSerializer.SerializeToElement(value);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var elementType = target.GetGenericArguments()[0];
            if (value is not IList list)
            {
                throw Mismatch(value, target, context);
            }

            var method = typeof(OutputConverter).GetMethod(nameof(ToImmutableArray), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(elementType);
            return method.Invoke(null, [list, context]);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>))
        {
            var valueType = target.GetGenericArguments()[1];
            if (value is not IDictionary dictionary)
            {
                throw Mismatch(value, target, context);
            }

            var method = typeof(OutputConverter).GetMethod(nameof(ToImmutableDictionary), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(valueType);
            return method.Invoke(null, [dictionary, context]);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Union<,>))
        {
            var args = target.GetGenericArguments();
            foreach (var (arg, factory) in new[] { (args[0], "FromT0"), (args[1], "FromT1") })
            {
                try
                {
                    var converted = Convert(value, arg, context);
                    return target.GetMethod(factory)!.Invoke(null, [converted]);
                }
                catch (InvalidOperationException)
                {
                    // Try the other case.
                }
            }

            throw Mismatch(value, target, context);
        }

        if (target.IsValueType && target.GetCustomAttribute<EnumTypeAttribute>() is not null)
        {
            var constructor = target.GetConstructors(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(c => c.GetParameters() is [{ } p] && (p.ParameterType == typeof(string) || p.ParameterType == typeof(double)))
                ?? throw new InvalidOperationException($"{target.FullName} has no constructor from string or double ({context})");
            return constructor.Invoke([value]);
        }

        if (target.GetCustomAttribute<OutputTypeAttribute>() is not null)
        {
            if (value is not IDictionary<string, object?> map)
            {
                throw Mismatch(value, target, context);
            }

            var constructor = target.GetConstructors(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)
                .Single(c => c.GetCustomAttribute<OutputConstructorAttribute>() is not null);
            var arguments = constructor.GetParameters().Select(p =>
            {
                var name = p.GetCustomAttribute<OutputConstructorParameterAttribute>()?.Name ?? p.Name!;
                return Convert(map.TryGetValue(name, out var v) ? v : null, p.ParameterType, $"{context}.{name}");
            }).ToArray();
            return constructor.Invoke(arguments);
        }

        throw new InvalidOperationException($"{context}: cannot convert {value.GetType().Name} to {target.FullName}");
    }

    private static ImmutableArray<T> ToImmutableArray<T>(IList list, string context) =>
        list.Cast<object?>().Select((v, i) => (T)Convert(v, typeof(T), $"{context}[{i}]")!).ToImmutableArray();

    private static ImmutableDictionary<string, T> ToImmutableDictionary<T>(IDictionary dictionary, string context)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, T>();
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            var key = (string)entries.Key;
            builder[key] = (T)Convert(entries.Value, typeof(T), $"{context}.{key}")!;
        }

        return builder.ToImmutable();
    }

    private static InvalidOperationException Mismatch(object value, Type target, string context) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{context}: expected {target.Name}, got {value.GetType().Name}"));
}
