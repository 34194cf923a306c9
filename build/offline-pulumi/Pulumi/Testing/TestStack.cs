namespace Pulumi.Testing;

/// <summary>The stack that wraps a resource-creating function in the function overloads of TestAsync.</summary>
internal sealed class TestStack : Stack
{
    public TestStack(Func<Task<IDictionary<string, object?>>> createResources)
        : base(createResources, null)
    {
    }
}
