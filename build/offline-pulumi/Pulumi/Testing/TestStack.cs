namespace Pulumi.Testing;

/// <summary>
/// The stack of the function forms of TestAsync. As in the real SDK, the function runs in the constructor and the
/// dictionary it returns is handed back to the test, not registered as stack outputs.
/// </summary>
internal sealed class TestStack : Stack
{
    public TestStack(Action createResources)
    {
        createResources();
        Outputs = new Dictionary<string, object?>();
    }

    public TestStack(Func<Task> createResources)
    {
        createResources().GetAwaiter().GetResult();
        Outputs = new Dictionary<string, object?>();
    }

    public TestStack(Func<IDictionary<string, object?>> createResources) => Outputs = createResources();

    public TestStack(Func<Task<IDictionary<string, object?>>> createResources) => Outputs = createResources().GetAwaiter().GetResult();

    public new IDictionary<string, object?> Outputs { get; set; }
}
