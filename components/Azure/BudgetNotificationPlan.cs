namespace MlPlatform.Components.Azure;

/// <summary>One notification of an Azure consumption budget.</summary>
/// <param name="Key">The notification's key in the budget (<c>actual-80</c>, <c>forecasted-100</c>).</param>
/// <param name="Forecasted">Forecasted (true) or actual spend.</param>
/// <param name="ThresholdPercent">Percentage of the budget amount that triggers it.</param>
public sealed record BudgetNotificationPlan(string Key, bool Forecasted, int ThresholdPercent)
{
    /// <summary>The budget API's threshold type: <c>Actual</c> or <c>Forecasted</c>.</summary>
    public string ThresholdType => Forecasted ? "Forecasted" : "Actual";
}
