namespace MlPlatform.Policies;

/// <summary>
/// What rules read: the resources (indexed by type token and URN) and, computed once on first use, their costs.
/// Safe for rules reading it from several threads at once.
/// </summary>
public sealed class PolicyInput
{
    private readonly Dictionary<string, List<PolicyResource>> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PolicyResource> _byUrn = new(StringComparer.Ordinal);
    private readonly Lazy<StackCostReport> _costs;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> _derived = new(StringComparer.Ordinal);

    public PolicyInput(IEnumerable<PolicyResource> resources, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(context);
        var all = new List<PolicyResource>();
        foreach (var resource in resources)
        {
            all.Add(resource);
            _byUrn[resource.Urn] = resource;
            if (!_byType.TryGetValue(resource.Type, out var list))
            {
                _byType[resource.Type] = list = [];
            }

            list.Add(resource);
        }

        Resources = all;
        _costs = new Lazy<StackCostReport>(() => StackCostCalculator.Calculate(all, context, Find), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<PolicyResource> Resources { get; }

    /// <summary>Cost estimates of <see cref="Resources"/>.</summary>
    public StackCostReport Costs => _costs.Value;

    /// <summary>The resources of one type token.</summary>
    public IReadOnlyList<PolicyResource> OfType(string type) => _byType.TryGetValue(type, out var list) ? list : [];

    /// <summary>The resources of any of <paramref name="types"/>.</summary>
    public IEnumerable<PolicyResource> OfTypes(params string[] types) => types.SelectMany(OfType);

    /// <summary>The resource with <paramref name="urn"/>, if present.</summary>
    public PolicyResource? Find(string urn) => _byUrn.GetValueOrDefault(urn);

    /// <summary>
    /// A value derived from the resources (an index several rules share), computed once per input under
    /// <paramref name="key"/>; keeps rules linear in the number of resources.
    /// </summary>
    public T Derived<T>(string key, Func<PolicyInput, T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);

        // Rules run in parallel: the first to ask computes, the others wait for the same value.
        return (T)_derived.GetOrAdd(key, _ => new Lazy<object>(() => compute(this), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The stack resource's URN when the input has it (previews, exports), else the context's.</summary>
    public string StackUrn(PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stack = OfType(ResourceTypes.Stack);
        return stack.Count > 0 ? stack[0].Urn : context.StackUrn;
    }
}
