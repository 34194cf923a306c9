namespace Pulumi;

/// <summary>Marks a resource or stack property as an output, with its wire name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public OutputAttribute(string? name = null) => Name = name;

    public string? Name { get; }
}

/// <summary>Marks an args member as an input, with its wire name.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public InputAttribute(string name, bool required = false, bool json = false)
    {
        Name = name;
        IsRequired = required;
        Json = json;
    }

    internal string Name { get; }

    internal bool IsRequired { get; }

    internal bool Json { get; }
}

/// <summary>Marks a class as a complex output type, built through its <see cref="OutputConstructorAttribute"/> constructor.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OutputTypeAttribute : Attribute
{
}

/// <summary>Marks the constructor of an <see cref="OutputTypeAttribute"/> type.</summary>
[AttributeUsage(AttributeTargets.Constructor)]
public sealed class OutputConstructorAttribute : Attribute
{
}

/// <summary>Renames a constructor parameter of an output type to its wire name.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OutputConstructorParameterAttribute : Attribute
{
    public OutputConstructorParameterAttribute(string name) => Name = name;

    public string Name { get; }
}

/// <summary>Marks a struct as a string- or number-valued enum of a provider schema.</summary>
[AttributeUsage(AttributeTargets.Struct)]
public sealed class EnumTypeAttribute : Attribute
{
}

/// <summary>The type token and provider version of a resource class.</summary>
[AttributeUsage(AttributeTargets.Class)]
public class ResourceTypeAttribute : Attribute
{
    public ResourceTypeAttribute(string type, string? version)
    {
        Type = type;
        Version = version;
    }

    public string Type { get; }

    public string? Version { get; }
}
