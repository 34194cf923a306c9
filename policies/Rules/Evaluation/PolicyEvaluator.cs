using System.Collections.Immutable;

namespace MlPlatform.Policies;

/// <summary>
/// Runs a set of rules at their effective enforcement level (the stack's override by rule id, else the rule's default
/// for the environment) and collects every violation, never stopping at the first.
/// </summary>
public sealed class PolicyEvaluator
{
    public PolicyEvaluator(IEnumerable<IPolicyRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        var duplicate = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"rule id '{duplicate.Key}' is used by more than one rule", nameof(rules));
        }
    }

    // Below this many resources threads cost more than they save.
    private const int ParallelThreshold = 5_000;

    /// <summary>The evaluator of the platform's pack.</summary>
    public static PolicyEvaluator Default { get; } = new(PolicyPack.All);

    public ImmutableArray<IPolicyRule> Rules { get; }

    /// <summary>The level a rule runs at in <paramref name="context"/>.</summary>
    public static EnforcementLevel EnforcementOf(IPolicyRule rule, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(context);
        return context.EnforcementOverrides.TryGetValue(rule.Id, out var level) ? level : rule.DefaultEnforcement(context);
    }

    /// <summary>Evaluates every enabled rule on the whole stack.</summary>
    public PolicyResult Evaluate(IEnumerable<PolicyResource> resources, PolicyContext context)
    {
        var input = new PolicyInput(resources, context);
        return Evaluate(input, context, scope: null);
    }

    /// <summary>Evaluates the rules of <paramref name="scope"/> (all when null) on <paramref name="input"/>.</summary>
    public PolicyResult Evaluate(PolicyInput input, PolicyContext context, RuleScope? scope)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var selected = new List<(IPolicyRule Rule, EnforcementLevel Level)>();
        foreach (var rule in Rules)
        {
            if (scope is { } s && rule.Scope != s)
            {
                continue;
            }

            var level = EnforcementOf(rule, context);
            if (level != EnforcementLevel.Disabled)
            {
                selected.Add((rule, level));
            }
        }

        // The cost model first (most rules read it), then the rules side by side: they only read the input, and a large
        // stack's evaluation is as many cores faster. Violations stay in rule order.
        if (scope != RuleScope.Resource && input.Resources.Count >= ParallelThreshold)
        {
            _ = input.Costs;
        }

        var found = new PolicyViolation[selected.Count][];
        if (input.Resources.Count >= ParallelThreshold)
        {
            Parallel.For(0, selected.Count, i => found[i] = [.. selected[i].Rule.Evaluate(input, context).Select(v => v with { Enforcement = selected[i].Level })]);
        }
        else
        {
            for (var i = 0; i < selected.Count; i++)
            {
                found[i] = [.. selected[i].Rule.Evaluate(input, context).Select(v => v with { Enforcement = selected[i].Level })];
            }
        }

        var violations = ImmutableArray.CreateRange(found.SelectMany(v => v));
        var evaluated = selected.Select(r => r.Rule.Id).ToImmutableArray();
        var costs = scope == RuleScope.Resource ? StackCostReport.Empty : input.Costs;
        return new PolicyResult(violations, costs, input.Resources.Count, evaluated);
    }
}
