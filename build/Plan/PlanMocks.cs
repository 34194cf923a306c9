using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Plan;

/// <summary>
/// The mock engine of a plan. It answers as a real preview of a new stack does: a resource's state is its inputs, and
/// everything only a provider computes (IDs, ARNs, endpoints) stays unknown. It records the stack's outputs with whether
/// each is known and secret; what resources are declared with is recorded from their args (<see cref="ResourceRecorder"/>),
/// as the SDK's mock monitor drops an input with an unknown anywhere inside.
/// </summary>
internal sealed class PlanMocks : IMocks
{
    private readonly ConcurrentDictionary<string, StackOutputValue> _outputs = new();

    /// <summary>Outputs of components by URN (mock form) and name.</summary>
    public IReadOnlyDictionary<string, StackOutputValue> Outputs => _outputs;

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Task.FromResult<(string?, object)>((null, args.Inputs));
    }

    // Provider functions cannot be answered offline; an empty result leaves what depends on them unknown-shaped.
    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(ImmutableDictionary<string, object>.Empty);

    public async Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Urn.Contains("::pulumi:pulumi:Stack::", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (name, output) in args.Outputs)
        {
            // An unknown secret arrives as a plain unknown, as with the real SDK; PlanRunner asks the stack as well.
            var secret = await Output.IsSecretAsync(output).ConfigureAwait(false);
            _outputs[name] = new StackOutputValue(false, null, secret);

            // The callback runs only if the value is known; the engine waits for it before the run ends.
            output.Apply(value =>
            {
                _outputs[name] = new StackOutputValue(true, value, secret);
                return value;
            });
        }
    }
}
