using System.Reflection;
using Pulumi;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// Gives every required input of an Args object that has no value a placeholder (recursively for nested Args), so
/// the object can be registered with the engine; members with a value (constructor defaults among them) are left alone.
/// Placeholders: "sample", true, 1, 1.0, an enum's first value, empty lists and maps.
/// </summary>
public static class SampleInputs
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

    /// <summary>
    /// A new Args object of this type as its constructor leaves it, with placeholders for the required inputs it left
    /// unset; <paramref name="filled"/> names those (wire names), which a defaults check must treat as unset.
    /// </summary>
    public static InputArgs Create(Type argsType, out IReadOnlySet<string> filled)
    {
        ArgumentNullException.ThrowIfNull(argsType);
        var args = (InputArgs)(Activator.CreateInstance(argsType, nonPublic: true) ?? throw new InvalidOperationException($"Cannot create {argsType.FullName}"));
        var wires = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in argsType.GetFields(Instance).Where(f => RequiredWire(f) is not null && f.GetValue(args) is null))
        {
            field.SetValue(args, Sample(field.FieldType));
            wires.Add(RequiredWire(field)!);
        }

        foreach (var property in argsType.GetProperties(Instance).Where(p => RequiredWire(p) is not null && p.GetValue(args) is null))
        {
            property.SetValue(args, Sample(property.PropertyType));
            wires.Add(RequiredWire(property)!);
        }

        filled = wires;
        return args;
    }

    /// <summary>The wire name of a required input member, or null.</summary>
    private static string? RequiredWire(MemberInfo member) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute)) is { } input
        && input.ConstructorArguments.Count > 1 && input.ConstructorArguments[1].Value is true
            ? (string)input.ConstructorArguments[0].Value!
            : null;

    private static object Sample(Type inputType)
    {
        if (!inputType.IsGenericType)
        {
            throw new NotSupportedException($"No placeholder for a required input of type {inputType}");
        }

        var definition = inputType.GetGenericTypeDefinition();
        if (definition == typeof(InputList<>) || definition == typeof(InputMap<>))
        {
            return Activator.CreateInstance(inputType)!;
        }

        // Input<T> from a T, InputUnion<T0, T1> from a T0: the implicit conversions generated code relies on.
        var valueType = inputType.GetGenericArguments()[0];
        var value = Value(valueType);
        var conversion = inputType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "op_Implicit" && m.GetParameters() is [{ } p] && p.ParameterType == valueType)
            ?? throw new NotSupportedException($"{inputType} has no implicit conversion from {valueType}");
        return conversion.Invoke(null, [value])!;
    }

    private static object Value(Type type)
    {
        if (type == typeof(string))
        {
            return "sample";
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int))
        {
            return 1;
        }

        if (type == typeof(double))
        {
            return 1.0;
        }

        if (type.IsValueType && type.GetCustomAttribute<EnumTypeAttribute>() is not null)
        {
            return type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == type)?.GetValue(null)
                ?? throw new NotSupportedException($"Enum {type} declares no values");
        }

        if (type.IsSubclassOf(typeof(InputArgs)))
        {
            return Create(type, out _);
        }

        throw new NotSupportedException($"No placeholder for a required input of type {type}");
    }
}
