namespace Pulumi;

/// <summary>The args of a resource.</summary>
public abstract class ResourceArgs : InputArgs
{
    public static readonly ResourceArgs Empty = new EmptyResourceArgs();

    private sealed class EmptyResourceArgs : ResourceArgs
    {
    }
}
