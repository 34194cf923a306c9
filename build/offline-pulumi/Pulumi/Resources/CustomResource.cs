namespace Pulumi;

/// <summary>A resource managed by a resource provider.</summary>
public class CustomResource : Resource
{
    public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
        : base(type, name, custom: true, args ?? ResourceArgs.Empty, options ?? new CustomResourceOptions())
    {
    }

    /// <summary>The provider-assigned ID; unknown during a preview of a create.</summary>
    [Output(IdPropertyName)]
    public Output<string> Id { get; internal set; } = null!;
}
