using System.Globalization;
using System.Text;
using MlPlatform.Policies;

namespace MlPlatform.Infra.Policy;

/// <summary>The texts the hook logs and returns.</summary>
public static class PolicyHookMessages
{
    /// <summary>One error listing every mandatory violation, each with its rule, URN, measured value and limit.</summary>
    public static string Mandatory(PolicyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        var mandatory = result.Mandatory.ToList();
        text.Append(CultureInfo.InvariantCulture, $"policy: {mandatory.Count} mandatory violation(s):");
        foreach (var violation in mandatory)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {violation.RuleId}: {violation.Urn}: {violation.Message} (measured {violation.Measured}, limit {violation.Limit})");
        }

        return text.ToString();
    }

    /// <summary>The one-line summary the stack output carries.</summary>
    public static string Summary(PolicyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var total = result.Costs.Total;
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.RulesEvaluated.Length} rules on {result.ResourceCount} resources: {result.Mandatory.Count()} mandatory, {result.Advisory.Count()} advisory violation(s); estimated {total.MinUsdPerMonth:0} / {total.ExpectedUsdPerMonth:0} / {total.MaxUsdPerMonth:0} USD a month (min / expected / max)");
    }
}
