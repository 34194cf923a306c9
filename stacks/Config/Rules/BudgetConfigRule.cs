using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>The environment budget: on Azure a budget carries at most five notifications (actual and forecast together).</summary>
public sealed class BudgetConfigRule : IConfigRule
{
    /// <summary>Azure's limit of notifications per budget.</summary>
    public const int MaxAzureNotifications = 5;

    public string Concept => "budget";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var budget = context.Config.Budget;
        var count = budget.ActualThresholds.Length + budget.ForecastThresholds.Length;
        if (context.Config.Cloud == Cloud.Azure && count > MaxAzureNotifications)
        {
            yield return new SpecError(ConfigRuleContext.Key("budget"), $"Azure budgets allow at most {MaxAzureNotifications} notifications (got {budget.ActualThresholds.Length} actual + {budget.ForecastThresholds.Length} forecast)");
        }
    }
}
