namespace Pulumi.Testing;

/// <summary>Hooks that answer for the engine and providers in unit tests of stacks.</summary>
public interface IMocks
{
    /// <summary>Invoked when the program declares a resource; returns its ID (null for components) and its state.</summary>
    Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args);

    /// <summary>Invoked when the program calls a provider function.</summary>
    Task<object> CallAsync(MockCallArgs args);

    /// <summary>Invoked when a component (including the stack) registers its outputs.</summary>
    Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;
}
