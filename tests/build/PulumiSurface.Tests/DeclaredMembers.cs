using System.Reflection;
using Pulumi;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// Reads the members of a provider class through public reflection only (the attributes' constructor arguments, not
/// their internal properties), so the same code reads the stand-in and the real package.
/// </summary>
public static class DeclaredMembers
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>
    /// The <c>[Input]</c> members of an Args class. A collection input carries the attribute on its backing field
    /// (<c>_tags</c>) and is named after the public property over that field.
    /// </summary>
    public static IReadOnlyList<DeclaredMember> Inputs(Type type)
    {
        var context = new NullabilityInfoContext();
        var properties = type.GetProperties(Instance);
        var members = new List<DeclaredMember>();
        foreach (var field in type.GetFields(Instance))
        {
            if (InputAttribute(field) is not { } input)
            {
                continue;
            }

            var property = properties.FirstOrDefault(p => p.GetMethod is { IsPublic: true }
                && string.Equals(p.Name, field.Name.TrimStart('_'), StringComparison.OrdinalIgnoreCase));
            members.Add(property is null
                ? new DeclaredMember(input.Wire, $"(field {field.Name} without a public property)", TypeNames.Full(field.FieldType, context.Create(field), markTopLevel: false), input.Required)
                : new DeclaredMember(input.Wire, property.Name, TypeNames.Full(property.PropertyType, context.Create(property), markTopLevel: false), input.Required));
        }

        foreach (var property in properties)
        {
            if (InputAttribute(property) is { } input)
            {
                var nullability = context.Create(property);
                members.Add(new DeclaredMember(input.Wire, property.Name, TypeNames.Full(property.PropertyType, nullability, markTopLevel: false), input.Required,
                    nullability.ReadState == NullabilityState.Nullable));
            }
        }

        return members;
    }

    /// <summary>The <c>[Output]</c> properties of a resource class.</summary>
    public static IReadOnlyList<DeclaredMember> Outputs(Type type)
    {
        var context = new NullabilityInfoContext();
        return type.GetProperties(Instance)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<OutputAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => new DeclaredMember(p.Attribute!.Name ?? p.Property.Name, p.Property.Name, TypeNames.Full(p.Property.PropertyType, context.Create(p.Property))))
            .ToList();
    }

    /// <summary>
    /// The fields of an <c>[OutputType]</c> class, with the wire name of the <c>[OutputConstructor]</c> parameter that
    /// sets each (parameters and fields come in the same order in generated code).
    /// </summary>
    public static IReadOnlyList<DeclaredMember> OutputFields(Type type)
    {
        var context = new NullabilityInfoContext();
        var fields = type.GetFields(Instance).Where(f => f.IsPublic).ToList();
        var constructor = type.GetConstructors(Instance).FirstOrDefault(c => c.GetCustomAttribute<OutputConstructorAttribute>() is not null);
        var parameters = constructor?.GetParameters() ?? [];
        return fields.Select((field, i) =>
        {
            var parameter = parameters.Length == fields.Count && parameters[i].ParameterType == field.FieldType
                ? parameters[i]
                : parameters.FirstOrDefault(p => string.Equals(p.Name, field.Name, StringComparison.OrdinalIgnoreCase));
            var wire = parameter is null
                ? $"(no [OutputConstructor] parameter for {field.Name})"
                : parameter.GetCustomAttribute<OutputConstructorParameterAttribute>()?.Name ?? parameter.Name!;
            return new DeclaredMember(wire, field.Name, TypeNames.Full(field.FieldType, context.Create(field)));
        }).ToList();
    }

    /// <summary>The static members of an enum struct with their underlying values (through its explicit conversion).</summary>
    public static IReadOnlyList<(string Name, object? Value)> EnumValues(Type type)
    {
        var conversion = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "op_Explicit" && m.GetParameters() is [{ } p] && p.ParameterType == type);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.PropertyType == type)
            .Select(p => (p.Name, conversion?.Invoke(null, [p.GetValue(null)])))
            .ToList();
    }

    /// <summary>The underlying type of an enum struct: what its explicit conversion returns.</summary>
    public static Type? EnumUnderlyingType(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "op_Explicit" && m.GetParameters() is [{ } p] && p.ParameterType == type)?.ReturnType;

    /// <summary>
    /// The public constructor of a resource class that takes its Args, written as the data writes it:
    /// <c>Bucket(string name, BucketArgs? args = null, CustomResourceOptions? options = null)</c>.
    /// </summary>
    public static IReadOnlyList<string> ResourceConstructors(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => c.GetParameters() is [{ } name, { } args, ..] && name.ParameterType == typeof(string) && args.ParameterType.IsSubclassOf(typeof(ResourceArgs)))
            .Select(c => $"{type.Name}({Parameters(c)})")
            .ToList();

    /// <summary>The public static methods of a function class: name and <c>(parameters) -> return type</c>.</summary>
    public static IReadOnlyList<(string Name, string Signature)> Methods(Type type)
    {
        var context = new NullabilityInfoContext();
        return type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(m => (m.Name, $"({Parameters(m)}) -> {TypeNames.Simple(m.ReturnType, context.Create(m.ReturnParameter))}"))
            .ToList();
    }

    private static string Parameters(MethodBase method)
    {
        var context = new NullabilityInfoContext();
        return string.Join(", ", method.GetParameters().Select(p =>
            $"{TypeNames.Simple(p.ParameterType, context.Create(p))} {p.Name}{(p.HasDefaultValue ? $" = {p.DefaultValue ?? "null"}" : string.Empty)}"));
    }

    private static (string Wire, bool Required)? InputAttribute(MemberInfo member)
    {
        var data = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute));
        if (data is null)
        {
            return null;
        }

        var arguments = data.ConstructorArguments;
        return ((string)arguments[0].Value!, arguments.Count > 1 && arguments[1].Value is true);
    }
}
