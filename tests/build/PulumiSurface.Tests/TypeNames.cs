using System.Reflection;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// Writes a reflected type the way the reference data does (its <c>typeStringFormat</c>): C# keywords for primitives,
/// SDK core and immutable collection types by simple name, every other type fully qualified, and <c>?</c> wherever the
/// declaration is nullable (value types and annotated reference types alike).
/// </summary>
public static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(double)] = "double",
        [typeof(float)] = "float",
        [typeof(decimal)] = "decimal",
        [typeof(object)] = "object",
    };

    private static readonly HashSet<string?> SimpleNameNamespaces = new(StringComparer.Ordinal)
    {
        "Pulumi", "System", "System.Collections.Immutable", "System.Threading.Tasks",
    };

    /// <summary>
    /// The type as the data writes it. <paramref name="markTopLevel"/> false leaves out the outermost <c>?</c>, as the data
    /// does for Args members (their required-ness says it); nested type arguments always keep theirs.
    /// </summary>
    public static string Full(Type type, NullabilityInfo? nullability, bool markTopLevel = true) =>
        Render(type, nullability, markTopLevel, qualify: true);

    /// <summary>The type with every name simple, as the data writes constructor and method signatures.</summary>
    public static string Simple(Type type, NullabilityInfo? nullability) => Render(type, nullability, mark: true, qualify: false);

    private static string Render(Type type, NullabilityInfo? nullability, bool mark, bool qualify)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Render(underlying, null, mark: true, qualify) + (mark ? "?" : string.Empty);
        }

        string name;
        if (Keywords.TryGetValue(type, out var keyword))
        {
            name = keyword;
        }
        else if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments()
                .Select((argument, i) => Render(argument, ArgumentNullability(nullability, i), mark: true, qualify));
            name = $"{Name(type.GetGenericTypeDefinition(), qualify)}<{string.Join(", ", arguments)}>";
        }
        else
        {
            name = Name(type, qualify);
        }

        var nullable = mark && !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable;
        return nullable ? name + "?" : name;
    }

    private static NullabilityInfo? ArgumentNullability(NullabilityInfo? nullability, int index) =>
        nullability is not null && index < nullability.GenericTypeArguments.Length ? nullability.GenericTypeArguments[index] : null;

    private static string Name(Type type, bool qualify)
    {
        var simple = type.Name.Split('`')[0];
        if (!qualify || SimpleNameNamespaces.Contains(type.Namespace))
        {
            return simple;
        }

        var outer = type.DeclaringType is { } declaring ? Name(declaring, qualify) : type.Namespace;
        return string.IsNullOrEmpty(outer) ? simple : $"{outer}.{simple}";
    }
}
