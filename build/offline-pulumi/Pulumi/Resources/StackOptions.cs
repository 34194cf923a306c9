namespace Pulumi;

/// <summary>Options for the root <see cref="Stack"/>.</summary>
public class StackOptions
{
    private List<ResourceTransformation>? _resourceTransformations;

    /// <summary>Transformations applied to every resource of the stack as it is declared (they run under mocks too).</summary>
    public List<ResourceTransformation> ResourceTransformations
    {
        get => _resourceTransformations ??= new List<ResourceTransformation>();
        set => _resourceTransformations = value;
    }
}
