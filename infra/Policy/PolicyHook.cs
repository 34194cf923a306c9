using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using MlPlatform.CostModel;
using MlPlatform.Policies;
using Pulumi;

namespace MlPlatform.Infra.Policy;

/// <summary>
/// The policy pack inside the Pulumi program. <see cref="Transformation"/>, installed as a stack-level resource
/// transformation, sees every resource as it is declared and reads its args into the neutral model (in the background:
/// inputs may come from other resources). <see cref="Finish"/>, called once the program has declared its resources,
/// returns an output that completes when every declared resource has been read and the whole pack (resource and stack
/// rules, costs) has run; its value summarises the result. Mandatory violations are logged as one error listing all of
/// them, which fails <c>pulumi preview</c>/<c>up</c> and <c>Deployment.TestAsync</c>; advisory ones are warnings.
/// Hosts (the plan tool) read <see cref="Completion"/> / <see cref="Report"/>.
/// </summary>
public sealed class PolicyHook
{
    private readonly PlatformContext _platform;
    private readonly PolicyEvaluator _evaluator;
    private readonly ListPriceTable _listPrices;
    private readonly ArgsReader _reader = new();
    private readonly ConditionalWeakTable<Resource, string> _qualifiedTypes = new();
    private readonly List<Task<PolicyResource?>> _pending = [];
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<PolicyReport> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PolicyHook(PlatformContext context, PolicyEvaluator? evaluator = null, ListPriceTable? listPrices = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _platform = context;
        _evaluator = evaluator ?? PolicyEvaluator.Default;
        _listPrices = listPrices ?? ListPriceLoader.Load();
        Transformation = Observe;
    }

    /// <summary>The stack-level transformation: records the resource and returns it unchanged.</summary>
    public ResourceTransformation Transformation { get; }

    /// <summary>The evaluation of the whole stack, once <see cref="Finish"/> has run and every resource has been read.</summary>
    public Task<PolicyReport> Completion => _completion.Task;

    /// <summary>The declared resources as the rules saw them (filled when <see cref="Completion"/> finishes).</summary>
    public IReadOnlyList<PolicyResource> Resources { get; private set; } = [];

    /// <summary>The report, or null before <see cref="Completion"/> finishes.</summary>
    public PolicyReport? Report => _completion.Task.IsCompletedSuccessfully ? _completion.Task.Result : null;

    /// <summary>
    /// Starts the evaluation after the program has declared its resources; register the result as a stack output (for
    /// example <c>[Output("policy")]</c>) so the engine waits for it. <paramref name="stack"/>, when given, has its
    /// <c>[Output]</c> properties checked too (credentials must be secret): those assigned when this is called, which
    /// leaves out the one this returns (the evaluation would otherwise wait for itself).
    /// </summary>
    public Output<string> Finish(Stack? stack = null)
    {
        var stackOutputs = stack is null ? Task.FromResult<PolicyResource?>(null) : StackResourceAsync(StackOutputs(stack));
        return Output.Create(EvaluateAsync(stackOutputs));
    }

    private ResourceTransformationResult? Observe(ResourceTransformationArgs args)
    {
        var resource = args.Resource;
        var type = resource.GetResourceType();
        var parent = args.Options.Parent;
        var parentType = parent is null ? string.Empty : _qualifiedTypes.TryGetValue(parent, out var known) ? known : QualifiedRoot(parent);
        // The engine leaves the root stack out of URNs: children of the stack are "<type>", not "Stack$<type>".
        var qualified = type == ResourceTypes.Stack ? string.Empty : parentType.Length == 0 ? type : $"{parentType}${type}";
        _qualifiedTypes.AddOrUpdate(resource, qualified);
        if (resource is not CustomResource || type.StartsWith("pulumi:providers:", StringComparison.Ordinal))
        {
            return null;
        }

        var deployment = Deployment.Instance;
        var urn = $"urn:pulumi:{deployment.StackName}::{deployment.ProjectName}::{qualified}::{resource.GetResourceName()}";
        var parentUrn = parent is null || parentType.Length == 0
            ? null
            : $"urn:pulumi:{deployment.StackName}::{deployment.ProjectName}::{parentType}::{parent.GetResourceName()}";
        var task = ReadAsync(urn, type, resource.GetResourceName(), args.Args, parentUrn);
        lock (_gate)
        {
            _pending.Add(task);
        }

        return null;
    }

    private async Task<PolicyResource?> ReadAsync(string urn, string type, string name, ResourceArgs args, string? parent)
    {
        var inputs = await _reader.ReadAsync(args).ConfigureAwait(false);
        return PolicyResource.Create(urn, type, name, inputs, parent);
    }

    // Taken synchronously: outputs assigned later (the policy output itself) are not part of the evaluation.
    private static List<(string Name, object Value)> StackOutputs(Stack stack)
    {
        var outputs = new List<(string, object)>();
        foreach (var property in stack.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            var attribute = property.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == "Pulumi.OutputAttribute");
            if (attribute is not null && property.GetValue(stack) is { } value)
            {
                outputs.Add((attribute.ConstructorArguments.FirstOrDefault().Value as string ?? property.Name, value));
            }
        }

        return outputs;
    }

    private async Task<PolicyResource?> StackResourceAsync(List<(string Name, object Value)> stackOutputs)
    {
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in stackOutputs)
        {
            outputs[name] = await _reader.ValueAsync(value).ConfigureAwait(false);
        }

        var deployment = Deployment.Instance;
        var urn = $"urn:pulumi:{deployment.StackName}::{deployment.ProjectName}::{ResourceTypes.Stack}::{deployment.ProjectName}-{deployment.StackName}";
        return new PolicyResource(urn, ResourceTypes.Stack, $"{deployment.ProjectName}-{deployment.StackName}", ImmutableDictionary<string, object?>.Empty, outputs);
    }

    private async Task<string> EvaluateAsync(Task<PolicyResource?> stackResource)
    {
        try
        {
            var deployment = Deployment.Instance;
            var resources = new List<PolicyResource>();
            var seen = 0;
            // Resources declared while earlier ones resolve (inside Apply) join the list; wait until it stops growing.
            while (true)
            {
                Task<PolicyResource?>[] batch;
                lock (_gate)
                {
                    batch = [.. _pending.Skip(seen)];
                }

                if (batch.Length == 0)
                {
                    break;
                }

                seen += batch.Length;
                resources.AddRange((await Task.WhenAll(batch).ConfigureAwait(false)).OfType<PolicyResource>());
            }

            if (await stackResource.ConfigureAwait(false) is { } stack)
            {
                resources.Add(stack);
            }

            Resources = resources;
            var costs = new CostCatalog(_platform.Prices, _listPrices);
            var context = PolicyContext.FromConfig(_platform.Config, costs, deployment.StackName, deployment.ProjectName);
            var result = _evaluator.Evaluate(resources, context);
            var report = new PolicyReport($"stack {deployment.StackName}", context, result, null);
            foreach (var advisory in result.Advisory)
            {
                Log.Warn($"policy: {advisory}");
            }

            if (result.HasMandatoryViolations)
            {
                Log.Error(PolicyHookMessages.Mandatory(result));
            }

            _completion.TrySetResult(report);
            return PolicyHookMessages.Summary(result);
        }
        catch (Exception e)
        {
            _completion.TrySetException(e);
            throw;
        }
    }

    private static string QualifiedRoot(Resource parent) =>
        parent.GetResourceType() == ResourceTypes.Stack ? string.Empty : parent.GetResourceType();
}
