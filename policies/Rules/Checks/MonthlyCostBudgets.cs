namespace MlPlatform.Policies;

/// <summary>
/// The budgets that watch a month's cost: AWS Budgets of type <c>COST</c> per <c>MONTHLY</c> period and Azure
/// consumption budgets of category <c>Cost</c> per <c>Monthly</c> grain (each the provider's default when unset).
/// </summary>
internal static class MonthlyCostBudgets
{
    public static IEnumerable<PolicyResource> In(PolicyInput input) =>
        input.OfType(ResourceTypes.AwsBudget)
            .Where(b => (Values.AsString(b.Input("budgetType")) ?? "COST") == "COST" && (Values.AsString(b.Input("timeUnit")) ?? "MONTHLY") == "MONTHLY")
            .Concat(input.OfType(ResourceTypes.AzureBudget)
                .Where(b => (Values.AsString(b.Input("category")) ?? "Cost") == "Cost" && (Values.AsString(b.Input("timeGrain")) ?? "Monthly") == "Monthly"));

    /// <summary>The budget's limit in USD; null when it is not known yet.</summary>
    public static decimal? Limit(PolicyResource budget)
    {
        var amount = budget.Input(budget.Type == ResourceTypes.AwsBudget ? "limitAmount" : "amount");
        return Values.IsUnknown(amount) ? null : Values.AsNumber(amount);
    }
}
