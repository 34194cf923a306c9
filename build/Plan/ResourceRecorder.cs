using System.Collections.Concurrent;
using MlPlatform.Infra.Policy;
using Pulumi;

namespace MlPlatform.Plan;

/// <summary>
/// A stack-level transformation that records every resource as it is declared: its parent, its options, and its inputs
/// as the engine receives them in a preview, read with the program's own <see cref="ArgsReader"/> (the policy hook's
/// reader): structure kept, unknown only where a value is not known yet, secret where it is secret. It changes nothing.
/// </summary>
/// <remarks>
/// The mock engine cannot be asked for this: the SDK's mock monitor drops an input whole when anything inside it is
/// unknown (a budget's <c>notifications</c> list for one unknown topic ARN), where a real preview shows the list.
/// </remarks>
internal sealed class ResourceRecorder
{
    private readonly ArgsReader _reader = new();
    private readonly ConcurrentQueue<Declaration> _declared = new();

    /// <summary>The most recently declared resource: where an exception in the program most likely came from.</summary>
    public DeclaredResource? Last => _declared.LastOrDefault()?.Resource;

    public ResourceTransformationResult? Record(ResourceTransformationArgs args)
    {
        var options = args.Options;
        var declared = new DeclaredResource(
            args.Resource,
            options.Parent,
            args.Resource is CustomResource,
            new Dictionary<string, object?>(),
            options.Provider,
            options.Protect ?? false,
            (options as CustomResourceOptions)?.DeleteBeforeReplace ?? false);

        // Inputs may come from other resources: read in the background, as the engine waits for them.
        _declared.Enqueue(new Declaration(declared, _reader.ReadAsync(args.Args)));
        return null;
    }

    /// <summary>Waits for every resource's inputs and returns the declared resources, in order.</summary>
    public async Task<IReadOnlyList<DeclaredResource>> CompleteAsync()
    {
        var declared = _declared.ToList();
        var inputs = await Task.WhenAll(declared.Select(d => d.Inputs)).ConfigureAwait(false);
        return [.. declared.Select((d, i) => d.Resource with { Inputs = inputs[i] })];
    }

    private sealed record Declaration(DeclaredResource Resource, Task<Dictionary<string, object?>> Inputs);
}
