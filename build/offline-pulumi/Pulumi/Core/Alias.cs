namespace Pulumi;

/// <summary>Another name or parent a resource was known by, so renaming or re-parenting it does not replace it.</summary>
public sealed class Alias
{
    public string? Urn { get; set; }

    public Input<string>? Name { get; set; }

    public Input<string>? Type { get; set; }

    public Input<string>? Stack { get; set; }

    public Input<string>? Project { get; set; }

    public Resource? Parent { get; set; }

    public Input<string>? ParentUrn { get; set; }

    public bool NoParent { get; set; }
}
