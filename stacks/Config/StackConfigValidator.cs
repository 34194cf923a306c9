using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config.Binding;
using MlPlatform.Stacks.Config.Rules;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// The configuration pipeline: bind (<see cref="StackConfigBinder"/>) → every <see cref="IConfigRule"/> → one
/// <see cref="StackConfigException"/> listing every problem with its full <c>mlplatform:</c> key path. Rules run even
/// when binding found problems (a wrong value is replaced by its default), so one run reports everything.
/// </summary>
public sealed class StackConfigValidator
{
    public StackConfigValidator(IEnumerable<IConfigRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
    }

    /// <summary>The rules every cloud shares, one per concept.</summary>
    public static ImmutableArray<IConfigRule> CloudNeutralRules { get; } =
    [
        new ClusterConfigRule(),
        new NetworkConfigRule(),
        new PoolsConfigRule(),
        new StorageConfigRule(),
        new AddonsConfigRule(),
        new BudgetConfigRule(),
        new TeamsConfigRule(),
        new ModelsConfigRule(),
        new ServicesConfigRule(),
        new PolicyConfigRule(),
        new ObservabilityConfigRule(),
    ];

    /// <summary>Bind and the cloud-neutral rules only (see <see cref="StackConfigReader"/>).</summary>
    public static StackConfigValidator CloudNeutral { get; } = new(CloudNeutralRules);

    public ImmutableArray<IConfigRule> Rules { get; }

    /// <summary>
    /// Every problem of <paramref name="bound"/>: the binder's, then each rule's in order. A key already reported by the
    /// binder or an earlier rule is not reported again by a later one (cloud rules re-check with the components' logic
    /// what the shared rules may already have said about the same key).
    /// </summary>
    public IReadOnlyList<SpecError> Validate(BoundStackConfig bound, PriceCatalog prices)
    {
        ArgumentNullException.ThrowIfNull(bound);
        ArgumentNullException.ThrowIfNull(prices);
        var context = new ConfigRuleContext(bound, prices);
        var errors = new List<SpecError>(bound.Errors.Distinct());
        var reported = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            var found = rule.Check(context).Where(e => !reported.Contains(e.Path)).Distinct().ToList();
            errors.AddRange(found);
            reported.UnionWith(found.Select(e => e.Path));
        }

        return errors;
    }

    /// <summary>Binds and checks <paramref name="values"/> (as <see cref="StackConfigBinder.Bind"/> takes them).</summary>
    /// <exception cref="StackConfigException">Any problem; the exception lists all of them.</exception>
    public PlatformConfig Read(IReadOnlyDictionary<string, string> values, string stackName, PriceCatalog prices)
    {
        var bound = StackConfigBinder.Bind(values, stackName);
        var errors = Validate(bound, prices);
        return errors.Count > 0 ? throw new StackConfigException([.. errors.Select(e => e.ToString())]) : bound.Config;
    }
}
