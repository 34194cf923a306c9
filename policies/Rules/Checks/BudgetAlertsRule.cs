using System.Globalization;

namespace MlPlatform.Policies;

/// <summary>
/// Every monthly cost budget warns before the money is spent: it notifies on forecasted spend, and on actual spend at
/// or below its limit, and every notification reaches someone. Reads the notifications as a real preview shows them
/// (AWS Budgets <c>notifications</c>: <c>notificationType</c> <c>ACTUAL</c>/<c>FORECASTED</c>, <c>threshold</c> and
/// <c>thresholdType</c> <c>PERCENTAGE</c>/<c>ABSOLUTE_VALUE</c>, SNS and e-mail subscribers; Azure consumption budget
/// <c>notifications</c> by key: <c>thresholdType</c> <c>Actual</c>/<c>Forecasted</c>, a percentage <c>threshold</c>,
/// contact e-mails, groups and roles). Values not known yet (the SNS topic ARN, the action group id) count as given:
/// only an absent or empty subscriber list notifies nobody. Budgets whose notifications are unknown as a whole are
/// not judged.
/// </summary>
public sealed class BudgetAlertsRule : IPolicyRule
{
    public string Id => RuleIds.BudgetAlerts;

    public string Description => "Every monthly cost budget notifies someone on forecasted spend and on actual spend at or below its limit.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => ["budget.actualThresholds", "budget.forecastThresholds", "budget.recipients"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        var budgets = MonthlyCostBudgets.In(input).Select(b => (Budget: b, Notifications: b.Type == ResourceTypes.AwsBudget ? Aws(b) : Azure(b)));
        foreach (var (budget, notifications) in budgets)
        {
            if (notifications is null)
            {
                continue;
            }

            var measured = Describe(notifications);
            if (!notifications.Any(n => n.Forecasted))
            {
                yield return new PolicyViolation(Id, budget.Urn, measured, "a FORECASTED notification", $"budget '{budget.Name}' does not warn when spend is forecast to pass its limit");
            }

            if (!notifications.Any(n => !n.Forecasted && n.AtOrBelowLimit != false))
            {
                yield return new PolicyViolation(Id, budget.Urn, measured, "an ACTUAL notification at or below the limit", $"budget '{budget.Name}' does not warn before actual spend passes its limit");
            }

            foreach (var silent in notifications.Where(n => !n.Notifies))
            {
                yield return new PolicyViolation(Id, budget.Urn, $"{silent.Label} notifies nobody", "at least one subscriber", $"budget '{budget.Name}': notification {silent.Label} has no subscriber");
            }
        }
    }

    // Null when the notifications are not known yet.
    private static List<Notification>? Aws(PolicyResource budget)
    {
        var all = budget.Input("notifications");
        if (Values.IsUnknown(all))
        {
            return null;
        }

        var limit = MonthlyCostBudgets.Limit(budget);
        var result = new List<Notification>();
        foreach (var item in Values.AsList(all) ?? [])
        {
            var type = Values.AsString(Values.Get(item, "notificationType"));
            var threshold = Values.AsNumber(Values.Get(item, "threshold"));
            var absolute = Values.AsString(Values.Get(item, "thresholdType")) == "ABSOLUTE_VALUE";
            bool? atOrBelow = threshold is not { } t ? null : absolute ? (limit is { } l ? t <= l : null) : t <= 100;
            var label = string.Create(CultureInfo.InvariantCulture, $"{type ?? "?"} {(threshold is { } v ? Show.Number(v) : "?")}{(absolute ? " USD" : "%")}");
            result.Add(new Notification(label, type == "FORECASTED", atOrBelow, Reaches(item, "subscriberSnsTopicArns", "subscriberEmailAddresses")));
        }

        return result;
    }

    private static List<Notification>? Azure(PolicyResource budget)
    {
        var all = budget.Input("notifications");
        if (Values.IsUnknown(all))
        {
            return null;
        }

        var result = new List<Notification>();
        foreach (var item in (Values.AsMap(all) ?? new Dictionary<string, object?>()).OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Value))
        {
            if (Values.AsBool(Values.Get(item, "enabled")) == false)
            {
                continue;
            }

            var threshold = Values.AsNumber(Values.Get(item, "threshold"));
            var type = Values.AsString(Values.Get(item, "thresholdType")) ?? "Actual";
            var forecasted = string.Equals(type, "Forecasted", StringComparison.OrdinalIgnoreCase);
            var label = $"{type} {(threshold is { } v ? Show.Number(v) : "?")}%";
            result.Add(new Notification(label, forecasted, threshold is { } t ? t <= 100 : null, Reaches(item, "contactEmails", "contactGroups", "contactRoles")));
        }

        return result;
    }

    // An unknown subscriber list will hold what the program gave it; only an absent or empty one is nobody.
    private static bool Reaches(object? notification, params string[] subscriberLists) =>
        subscriberLists.Any(name => Values.Get(notification, name) is var list && (Values.IsUnknown(list) || Values.AsList(list) is { Count: > 0 }));

    private static string Describe(List<Notification> notifications) =>
        notifications.Count == 0 ? "no notifications" : string.Join(", ", notifications.Select(n => n.Label));

    private sealed record Notification(string Label, bool Forecasted, bool? AtOrBelowLimit, bool Notifies);
}
