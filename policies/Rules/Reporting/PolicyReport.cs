using System.Globalization;
using System.Text.RegularExpressions;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// What a policy run reports: the evaluation of the stack after the change, and the cost before it (null when there is
/// no "before", e.g. a stack export or a fresh stack), so the delta can be shown. For a preview, <see cref="Before"/>
/// (the pack on the stack before the change) and <see cref="Operations"/> (each resource's step) tell which violations
/// the change brings and which it merely inherits: only the former block.
/// </summary>
/// <param name="Title">What was checked, e.g. <c>preview of dev</c>.</param>
public sealed partial record PolicyReport(string Title, PolicyContext Context, PolicyResult After, StackCostReport? CostBefore)
{
    /// <summary>The pack evaluated on the stack before the change (previews), or null.</summary>
    public PolicyResult? Before { get; init; }

    /// <summary>URN → the step's operation (<c>same</c>, <c>create</c>, <c>update</c>, …) for previews, or null.</summary>
    public IReadOnlyDictionary<string, string>? Operations { get; init; }

    /// <summary>Monthly cost change at each size (after − before).</summary>
    public CostRange Delta => After.Costs.Total - (CostBefore?.Total ?? CostRange.Zero);

    /// <summary>Mandatory violations the change is responsible for: these fail the check.</summary>
    public IEnumerable<PolicyViolation> Blocking => After.Mandatory.Where(v => !IsPreExisting(v));

    /// <summary>Whether the check fails.</summary>
    public bool Blocks => Blocking.Any();

    /// <summary>
    /// A violation the change inherits: on a resource the change leaves <c>same</c>; or, for what no step names (the
    /// stack, a pool, a team), present before the change with a measured value the change did not make worse.
    /// Without a "before" (exports, the program's own check) nothing is pre-existing.
    /// </summary>
    public bool IsPreExisting(PolicyViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        if (Operations is null || Before is null)
        {
            return false;
        }

        if (Operations.TryGetValue(violation.Urn, out var op) && op != "same")
        {
            return false;
        }

        if (op == "same")
        {
            return true;
        }

        var before = Before.Violations.FirstOrDefault(b => b.RuleId == violation.RuleId && b.Urn == violation.Urn);
        if (before is null)
        {
            return false;
        }

        return (LeadingNumber(violation.Measured), LeadingNumber(before.Measured)) switch
        {
            ({ } now, { } then) => now <= then,
            _ => string.Equals(violation.Measured, before.Measured, StringComparison.Ordinal),
        };
    }

    private static decimal? LeadingNumber(string text) =>
        Number().Match(text) is { Success: true } match && decimal.TryParse(match.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"-?[0-9]+(?:\.[0-9]+)?")]
    private static partial Regex Number();
}
