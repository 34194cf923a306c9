using System.Collections.Immutable;
using System.Globalization;
using System.Net.Mail;

namespace MlPlatform.Components.Azure;

/// <summary>
/// The notifications of an Azure consumption budget and their rules: Azure allows at most five per budget, thresholds
/// are percentages of the amount (here 1–1000), and someone must be told. Also the budget's period start, which Azure
/// wants on the first day of a month within the current period.
/// </summary>
public static class AzureBudgets
{
    /// <summary>Azure's limit of notifications per budget.</summary>
    public const int MaxNotifications = 5;

    /// <summary>Actual and forecasted notifications, duplicates removed, each kind ascending, actual first.</summary>
    public static ImmutableArray<BudgetNotificationPlan> Notifications(IEnumerable<int> actual, IEnumerable<int> forecast)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(forecast);
        return
        [
            .. actual.Distinct().Order().Select(t => new BudgetNotificationPlan(Key("actual", t), false, t)),
            .. forecast.Distinct().Order().Select(t => new BudgetNotificationPlan(Key("forecasted", t), true, t)),
        ];
    }

    /// <summary>Every problem of a budget's settings, each naming its field under <paramref name="path"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(decimal amountUsd, IReadOnlyList<int> actual, IReadOnlyList<int> forecast, IReadOnlyList<string> emails, string path)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(emails);
        var errors = new List<SpecError>();
        if (amountUsd <= 0)
        {
            errors.Add(new SpecError($"{path}.amountUsd", string.Create(CultureInfo.InvariantCulture, $"must be greater than 0 (got {amountUsd})")));
        }

        Thresholds(actual, $"{path}.actualThresholds", errors);
        Thresholds(forecast, $"{path}.forecastThresholds", errors);
        var count = Notifications(actual, forecast).Length;
        if (count > MaxNotifications)
        {
            errors.Add(new SpecError(path, $"Azure budgets allow at most {MaxNotifications} notifications (got {actual.Distinct().Count()} actual + {forecast.Distinct().Count()} forecasted = {count})"));
        }

        if (count == 0)
        {
            errors.Add(new SpecError(path, "must have at least one actual or forecasted threshold"));
        }

        if (emails.Count == 0)
        {
            errors.Add(new SpecError($"{path}.contactEmails", "must list at least one e-mail address to notify"));
        }

        for (var i = 0; i < emails.Count; i++)
        {
            if (!MailAddress.TryCreate(emails[i], out var address) || address.Address != emails[i])
            {
                errors.Add(new SpecError(string.Create(CultureInfo.InvariantCulture, $"{path}.contactEmails[{i}]"), $"must be an e-mail address (got '{emails[i]}')"));
            }
        }

        return errors;
    }

    /// <summary>The first day of <paramref name="now"/>'s month (UTC), as the budget API writes dates.</summary>
    public static string PeriodStart(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1):yyyy-MM-dd}T00:00:00Z");

    private static string Key(string kind, int threshold) => string.Create(CultureInfo.InvariantCulture, $"{kind}-{threshold}");

    private static void Thresholds(IReadOnlyList<int> thresholds, string path, List<SpecError> errors)
    {
        for (var i = 0; i < thresholds.Count; i++)
        {
            if (thresholds[i] is < 1 or > 1000)
            {
                errors.Add(new SpecError(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), string.Create(CultureInfo.InvariantCulture, $"must be between 1 and 1000 percent (got {thresholds[i]})")));
            }
        }
    }
}
