namespace Pulumi;

/// <summary>The args of a provider function.</summary>
public abstract class InvokeArgs : InputArgs
{
    public static readonly InvokeArgs Empty = new EmptyInvokeArgs();

    private sealed class EmptyInvokeArgs : InvokeArgs
    {
    }
}
