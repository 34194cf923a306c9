namespace Pulumi;

/// <summary>An error about one resource.</summary>
public class ResourceException : Exception
{
    public ResourceException(string message, Resource? resource, bool hideStack = false)
        : base(message)
    {
        Resource = resource;
        HideStack = hideStack;
    }

    internal Resource? Resource { get; }

    internal bool HideStack { get; }
}
