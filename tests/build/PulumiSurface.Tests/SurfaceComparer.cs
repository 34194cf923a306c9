using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Pulumi;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// Compares an assembly's declarations with the reference data and records every difference. Pure reflection: the
/// checks that need the engine (type tokens and defaults as registered) are in <see cref="Registrations"/>.
/// </summary>
public static class SurfaceComparer
{
    /// <summary>
    /// Every real type name of every namespace the data lists exists, and no other public type does, so a name clash
    /// (CS0104) or a name the real package lacks shows when compiling against the assembly.
    /// </summary>
    public static void CheckTypeNames(SurfacePackage data, Assembly assembly, Differences differences)
    {
        foreach (var ns in data.ImportedNamespaces.Where(ns => !data.Namespaces.ContainsKey(ns)))
        {
            differences.Add(ns, "(namespace)", "its type names listed in the data", "not listed");
        }

        var exported = assembly.GetExportedTypes()
            .Where(t => !t.IsNested && t.Namespace is not null)
            .ToLookup(t => t.Namespace!, t => t.Name);
        foreach (var (ns, names) in data.Namespaces)
        {
            var actual = exported[ns].ToHashSet(StringComparer.Ordinal);
            foreach (var missing in names.Where(n => !actual.Contains(n)))
            {
                differences.Add($"{ns}.{missing}", "(type)", "defined (a real type name; offline: dotnet run build/scripts/generate-surface-names.cs)", "missing");
            }

            foreach (var extra in actual.Except(names, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                differences.Add($"{ns}.{extra}", "(type)", "absent (the real package has no such type)", "defined");
            }
        }
    }

    /// <summary>
    /// Every class with reference members exists, is of its kind, and declares only real members (inputs, resource
    /// outputs, output-type fields, function methods); enums and resource classes have their own checks.
    /// </summary>
    public static void CheckTypes(SurfacePackage data, Assembly assembly, Differences differences)
    {
        foreach (var (fullName, expected, type) in Typed(data, assembly, differences, kind => kind != "enum"))
        {
            CheckType(fullName, expected, type, differences);
        }
    }

    /// <summary>Every enum struct with reference values declares only real values.</summary>
    public static void CheckEnums(SurfacePackage data, Assembly assembly, Differences differences)
    {
        foreach (var (fullName, expected, type) in Typed(data, assembly, differences, kind => kind == "enum"))
        {
            CheckKind(fullName, expected, type, differences);
            CheckEnum(fullName, expected, type, differences);
        }
    }

    /// <summary>Every resource class carries the real type token and the real Args constructor.</summary>
    public static void CheckResourceClasses(SurfacePackage data, Assembly assembly, Differences differences)
    {
        foreach (var (fullName, expected, type) in Typed(data, assembly, differences, kind => kind == "resource"))
        {
            CheckResourceClass(fullName, expected, type, differences);
        }

        foreach (var (fullName, token) in data.ResourceTokens)
        {
            if (data.Types.TryGetValue(fullName, out var expected) && !string.Equals(expected.Token, token, StringComparison.Ordinal))
            {
                differences.Add(fullName, "(data)", $"resourceTokens and types agree ({token})", expected.Token ?? "(none)");
            }
        }
    }

    /// <summary>
    /// A type that declares members (inputs, outputs, output fields, enum values, functions) has reference data to check
    /// them against. Only for the stand-in: the real package has many typed classes the data does not describe.
    /// </summary>
    public static void CheckEveryTypedClassIsDescribed(SurfacePackage data, Assembly assembly, Differences differences)
    {
        foreach (var type in assembly.GetExportedTypes().Where(t => !data.Types.ContainsKey(t.FullName!)))
        {
            var members = DeclaredMembers.Inputs(type).Count + DeclaredMembers.Outputs(type).Count + DeclaredMembers.EnumValues(type).Count
                + (type.GetCustomAttribute<OutputTypeAttribute>() is null ? 0 : 1)
                + type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Count(m => !m.IsSpecialName);
            if (members > 0)
            {
                differences.Add(type.FullName!, "(type)", "an entry in the data's types (the real members to check against)", $"declares {members} member(s) with none");
            }
        }
    }

    public static void CheckType(string fullName, SurfaceType expected, Type type, Differences differences)
    {
        CheckKind(fullName, expected, type, differences);
        switch (expected.Kind)
        {
            case "resourceArgs" or "input" or "functionInvokeArgs":
                CheckInputs(fullName, expected, DeclaredMembers.Inputs(type), differences);
                break;
            case "resource":
                CheckMembers(fullName, expected, DeclaredMembers.Outputs(type), differences);
                break;
            case "output" or "functionResult":
                CheckMembers(fullName, expected, DeclaredMembers.OutputFields(type), differences);
                break;
            case "function":
                CheckFunction(fullName, expected, type, differences);
                break;
            default:
                differences.Add(fullName, "(kind)", "a kind this test knows", expected.Kind);
                break;
        }
    }

    /// <summary>
    /// Inputs: same wire name, C# name, type and required-ness as the real member; the property nullable exactly when
    /// optional; and every real member that is required or has a constructor default is declared, since the real
    /// package sends (or insists on) it whatever the program sets.
    /// </summary>
    public static void CheckInputs(string fullName, SurfaceType expected, IReadOnlyList<DeclaredMember> declared, Differences differences)
    {
        CheckMembers(fullName, expected, declared, differences);
        var byWire = ByWire(expected);
        foreach (var member in declared)
        {
            if (!byWire.TryGetValue(member.Wire, out var real))
            {
                continue;
            }

            var required = real.Required == true;
            if (member.Required != required)
            {
                differences.Add(fullName, $"{real.Name} (required)", Flag(required), Flag(member.Required == true));
            }

            if (member.DeclaredNullable is { } nullable && nullable == required)
            {
                differences.Add(fullName, $"{real.Name} (declaration)", required ? "non-nullable property (required)" : "nullable property (optional)",
                    nullable ? "nullable" : "non-nullable");
            }
        }

        var declaredWires = declared.Select(m => m.Wire).ToHashSet(StringComparer.Ordinal);
        foreach (var real in expected.Members.Values.Where(m => m.Wire is not null && !declaredWires.Contains(m.Wire)))
        {
            if (real.Required == true || real.Default is not null)
            {
                differences.Add(fullName, real.Name, $"declared ({(real.Required == true ? "required" : $"default {real.Default}")} in the real package)", "missing");
            }
        }
    }

    /// <summary>Declared members exist in the real type under the same wire name, with the same C# name and type.</summary>
    public static void CheckMembers(string fullName, SurfaceType expected, IReadOnlyList<DeclaredMember> declared, Differences differences)
    {
        var byWire = ByWire(expected);
        foreach (var duplicate in declared.GroupBy(m => m.Wire, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            differences.Add(fullName, duplicate.Key, "one member per wire name", string.Join(", ", duplicate.Select(m => m.Name)));
        }

        foreach (var member in declared)
        {
            if (!byWire.TryGetValue(member.Wire, out var real))
            {
                differences.Add(fullName, member.Name, "no such member in the real package", $"wire name '{member.Wire}'");
                continue;
            }

            if (!string.Equals(real.Name, member.Name, StringComparison.Ordinal))
            {
                differences.Add(fullName, $"'{member.Wire}' (C# name)", real.Name, member.Name);
            }

            if (!string.Equals(real.Type, member.Type, StringComparison.Ordinal))
            {
                differences.Add(fullName, $"{real.Name} (type)", real.Type ?? "(none)", member.Type);
            }
        }
    }

    /// <summary>Enum structs: the same underlying type, and every declared value exists with the same name and value.</summary>
    public static void CheckEnum(string fullName, SurfaceType expected, Type type, Differences differences)
    {
        var underlying = DeclaredMembers.EnumUnderlyingType(type);
        var underlyingName = underlying is null ? "(no explicit conversion)" : TypeNames.Full(underlying, null);
        if (expected.Underlying is not null && !string.Equals(expected.Underlying, underlyingName, StringComparison.Ordinal))
        {
            differences.Add(fullName, "(underlying type)", expected.Underlying, underlyingName);
        }

        foreach (var (name, value) in DeclaredMembers.EnumValues(type))
        {
            if (!expected.Members.TryGetValue(name, out var real))
            {
                differences.Add(fullName, name, "no such member in the real enum", Format(value));
            }
            else if (real.Value is not { } realValue || !SameValue(realValue, value))
            {
                differences.Add(fullName, name, real.Value?.GetRawText() ?? "(none)", Format(value));
            }
        }
    }

    /// <summary>Function classes: every declared method has a real overload with exactly this signature.</summary>
    public static void CheckFunction(string fullName, SurfaceType expected, Type type, Differences differences)
    {
        var methods = expected.Methods ?? new Dictionary<string, string>();
        foreach (var (name, signature) in DeclaredMembers.Methods(type))
        {
            var real = methods.Where(m => m.Key == name || m.Key.StartsWith(name + "(", StringComparison.Ordinal)).Select(m => m.Value).ToList();
            if (!real.Contains(signature, StringComparer.Ordinal))
            {
                differences.Add(fullName, name, real.Count == 0 ? "no such method in the real package" : string.Join(" or ", real), signature);
            }
        }
    }

    /// <summary>The type token on the class attribute and the Args constructor, optional exactly when the real one is.</summary>
    public static void CheckResourceClass(string fullName, SurfaceType expected, Type type, Differences differences)
    {
        var token = type.GetCustomAttribute<ResourceTypeAttribute>()?.Type;
        if (!string.Equals(token, expected.Token, StringComparison.Ordinal))
        {
            differences.Add(fullName, "[ResourceType]", expected.Token ?? "(none)", token ?? "(none)");
        }

        var constructors = DeclaredMembers.ResourceConstructors(type);
        if (constructors.Count != 1 || !string.Equals(constructors[0], expected.Constructor, StringComparison.Ordinal))
        {
            differences.Add(fullName, "(constructor)", expected.Constructor ?? "(none)", constructors.Count == 0 ? "none" : string.Join(" and ", constructors));
        }

        var args = type.GetConstructors().Select(c => c.GetParameters()).FirstOrDefault(p => p.Length > 1 && p[0].ParameterType == typeof(string))?[1];
        if (args is not null && expected.ArgsRequired is { } argsRequired && args.IsOptional == argsRequired)
        {
            differences.Add(fullName, "(constructor args)", argsRequired ? "required" : "optional", args.IsOptional ? "optional" : "required");
        }
    }

    /// <summary>Whether a value the engine saw (bool, double or string) equals a JSON value from the data.</summary>
    public static bool SameValue(JsonElement expected, object? actual) => expected.ValueKind switch
    {
        JsonValueKind.String => actual is string s && string.Equals(s, expected.GetString(), StringComparison.Ordinal),
        JsonValueKind.Number => actual is double or int or long or float && Convert.ToDouble(actual, CultureInfo.InvariantCulture) == expected.GetDouble(),
        JsonValueKind.True => actual is true,
        JsonValueKind.False => actual is false,
        _ => false,
    };

    public static string Format(object? value) => value switch
    {
        null => "(not set)",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static IEnumerable<(string FullName, SurfaceType Expected, Type Type)> Typed(
        SurfacePackage data, Assembly assembly, Differences differences, Func<string, bool> kinds)
    {
        foreach (var (fullName, expected) in data.Types.Where(t => kinds(t.Value.Kind)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (assembly.GetType(fullName) is { IsPublic: true } type)
            {
                yield return (fullName, expected, type);
            }
            else
            {
                differences.Add(fullName, "(type)", $"a public {expected.Kind}", "missing");
            }
        }
    }

    private static void CheckKind(string fullName, SurfaceType expected, Type type, Differences differences)
    {
        if (KindProblem(expected.Kind, type) is { } problem)
        {
            differences.Add(fullName, "(kind)", expected.Kind, problem);
        }
    }

    private static string? KindProblem(string kind, Type type) => kind switch
    {
        "resource" when !type.IsSubclassOf(typeof(CustomResource)) => "not a CustomResource",
        "resourceArgs" or "input" when !type.IsSubclassOf(typeof(ResourceArgs)) => "not a ResourceArgs",
        "functionInvokeArgs" when !type.IsSubclassOf(typeof(InvokeArgs)) => "not an InvokeArgs",
        "output" or "functionResult" when type.GetCustomAttribute<OutputTypeAttribute>() is null => "no [OutputType]",
        "enum" when !type.IsValueType || type.GetCustomAttribute<EnumTypeAttribute>() is null => "not an [EnumType] struct",
        "function" when !(type.IsAbstract && type.IsSealed) => "not a static class",
        _ => null,
    };

    private static Dictionary<string, SurfaceMember> ByWire(SurfaceType expected) =>
        expected.Members.Values.Where(m => m.Wire is not null).ToDictionary(m => m.Wire!, StringComparer.Ordinal);

    private static string Flag(bool required) => required ? "required" : "optional";
}
