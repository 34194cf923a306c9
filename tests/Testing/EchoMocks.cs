using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Testing;

/// <summary>
/// The one mock every Pulumi test uses: a resource's state is its inputs (plus <see cref="ComputedOutputs"/> where a
/// test needs a provider-computed value), its ID is <c>{name}_id</c>, and every resource is recorded so tests can
/// assert on what the program declared.
/// </summary>
public sealed class EchoMocks : IMocks
{
    private readonly ConcurrentQueue<MockResourceArgs> _resources = new();
    private readonly ConcurrentDictionary<string, ImmutableDictionary<string, Output<object?>>> _registeredOutputs = new();

    /// <summary>Extra state by resource type token, for outputs only a provider computes (ARNs, endpoints).</summary>
    public Dictionary<string, Func<MockResourceArgs, IDictionary<string, object>>> ComputedOutputs { get; } = [];

    /// <summary>
    /// When set, a resource is answered only once this task has completed, and on the thread pool, as an engine over
    /// gRPC answers: the program has moved on by then. Unset, resources are answered at once.
    /// </summary>
    public Task? AnswerWhen { get; init; }

    /// <summary>Answers to provider function calls, by function token.</summary>
    public Dictionary<string, Func<MockCallArgs, object>> Calls { get; } = [];

    /// <summary>Every resource declared, in order.</summary>
    public IReadOnlyList<MockResourceArgs> Resources => [.. _resources];

    /// <summary>Outputs registered by components and the stack, by URN.</summary>
    public IReadOnlyDictionary<string, ImmutableDictionary<string, Output<object?>>> RegisteredOutputs => _registeredOutputs;

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        _resources.Enqueue(args);
        var state = new Dictionary<string, object>(args.Inputs);
        if (args.Type is not null && ComputedOutputs.TryGetValue(args.Type, out var computed))
        {
            foreach (var (key, value) in computed(args))
            {
                state[key] = value;
            }
        }

        (string?, object) answer = ($"{args.Name}_id", state);
        return AnswerWhen is { } gate ? gate.ContinueWith(_ => answer, TaskScheduler.Default) : Task.FromResult(answer);
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Task.FromResult(args.Token is not null && Calls.TryGetValue(args.Token, out var answer)
            ? answer(args)
            : (object)args.Args);
    }

    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args)
    {
        ArgumentNullException.ThrowIfNull(args);
        _registeredOutputs[args.Urn] = args.Outputs;
        return Task.CompletedTask;
    }

    /// <summary>The declared resources of one type token.</summary>
    public IReadOnlyList<MockResourceArgs> OfType(string type) => Resources.Where(r => r.Type == type).ToList();

    /// <summary>The single declared resource with this type and name; fails the test if there is not exactly one.</summary>
    public MockResourceArgs Named(string type, string name) =>
        Resources.Single(r => r.Type == type && r.Name == name);
}
