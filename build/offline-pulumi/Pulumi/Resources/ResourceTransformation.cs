namespace Pulumi;

/// <summary>Transforms a resource's args and options before it is registered; null leaves them as they are.</summary>
public delegate ResourceTransformationResult? ResourceTransformation(ResourceTransformationArgs args);

/// <summary>What a <see cref="ResourceTransformation"/> sees.</summary>
public readonly struct ResourceTransformationArgs
{
    public ResourceTransformationArgs(Resource resource, ResourceArgs args, ResourceOptions options)
    {
        Resource = resource;
        Args = args;
        Options = options;
    }

    public Resource Resource { get; }

    public ResourceArgs Args { get; }

    public ResourceOptions Options { get; }
}

/// <summary>What a <see cref="ResourceTransformation"/> returns.</summary>
public readonly struct ResourceTransformationResult
{
    public ResourceTransformationResult(ResourceArgs args, ResourceOptions options)
    {
        Args = args;
        Options = options;
    }

    public ResourceArgs Args { get; }

    public ResourceOptions Options { get; }
}
