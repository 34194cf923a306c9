using System.Collections.Immutable;
using Pulumi;
using Pulumi.AzureNative.Consumption;
using Pulumi.AzureNative.Consumption.Inputs;
using Pulumi.AzureNative.Monitor;
using Pulumi.AzureNative.Monitor.Inputs;
// Pulumi.AzureNative.Monitor.Inputs also has an ActionGroupArgs (an action group reference in alert rules); the
// resource's Args are meant here.
using ActionGroupArgs = Pulumi.AzureNative.Monitor.ActionGroupArgs;

namespace MlPlatform.Components.Azure;

/// <summary>
/// A monthly consumption budget on a resource group (optionally only the costs tagged with one team) with actual and
/// forecasted notifications (actual 50/80/100 % and forecasted 100 % by default; Azure allows at most five per budget,
/// checked before anything is declared) to the contact e-mails and an action group carrying the same recipients, so
/// alerts can also be routed to other receivers later.
/// </summary>
public sealed class BudgetAlarm : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:BudgetAlarm";

    public BudgetAlarm(string name, BudgetAlarmArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args, name));
        var actionGroup = new ActionGroup($"{name}-actions", new ActionGroupArgs
        {
            ActionGroupName = AzureNaming.For(AzureResourceKind.ActionGroup, args.BudgetName, "budget"),
            GroupShortName = ShortName(args.BudgetName),
            ResourceGroupName = args.ResourceGroupName,
            Location = "Global",
            Enabled = true,
            EmailReceivers = args.ContactEmails.Select((email, i) => (Input<MicrosoftCommonEmailReceiverArgs>)new MicrosoftCommonEmailReceiverArgs
            {
                Name = $"email-{i}",
                EmailAddress = email,
                UseCommonAlertSchema = true,
            }).ToArray(),
            Tags = args.Tags.For(args.Team),
        }, new CustomResourceOptions { Parent = this });

        var notifications = new InputMap<NotificationArgs>();
        Notifications = AzureBudgets.Notifications(args.ActualThresholds, args.ForecastThresholds);
        foreach (var notification in Notifications)
        {
            notifications.Add(notification.Key, new NotificationArgs
            {
                Enabled = true,
                Operator = OperatorType.GreaterThanOrEqualTo,
                Threshold = notification.ThresholdPercent,
                ThresholdType = notification.Forecasted ? ThresholdType.Forecasted : ThresholdType.Actual,
                ContactEmails = args.ContactEmails,
                ContactGroups = { actionGroup.Id },
            });
        }

        var budgetArgs = new BudgetArgs
        {
            BudgetName = AzureNaming.For(AzureResourceKind.Budget, args.BudgetName),
            Scope = args.Scope,
            Amount = (double)args.AmountUsd,
            Category = CategoryType.Cost,
            TimeGrain = TimeGrainType.Monthly,
            TimePeriod = new BudgetTimePeriodArgs { StartDate = AzureBudgets.PeriodStart(args.StartDate ?? args.Clock.GetUtcNow()) },
            Notifications = notifications,
        };
        if (Filter(args.CostResourceGroups.IsDefault ? [] : args.CostResourceGroups, args.Team) is { } filter)
        {
            budgetArgs.Filter = filter;
        }

        var budget = new Budget($"{name}-budget", budgetArgs, new CustomResourceOptions
        {
            Parent = this,
            // The start date is "this month" when first created; later runs must not move it.
            IgnoreChanges = { "timePeriod" },
        });

        BudgetId = budget.Id;
        ActionGroupId = actionGroup.Id;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["budgetId"] = BudgetId,
            ["actionGroupId"] = ActionGroupId,
        });
    }

    /// <summary>The notifications declared, actual first.</summary>
    public ImmutableArray<BudgetNotificationPlan> Notifications { get; }

    [Output("budgetId")]
    public Output<string> BudgetId { get; private set; }

    [Output("actionGroupId")]
    public Output<string> ActionGroupId { get; private set; }

    /// <summary>Every problem of <paramref name="args"/>, including more than five notifications.</summary>
    public static IReadOnlyList<SpecError> Validate(BudgetAlarmArgs args, string path)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = AzureBudgets.Validate(
            args.AmountUsd,
            args.ActualThresholds.IsDefault ? [] : args.ActualThresholds,
            args.ForecastThresholds.IsDefault ? [] : args.ForecastThresholds,
            args.ContactEmails.IsDefault ? [] : args.ContactEmails,
            path).ToList();
        if (AzureNaming.Validate(AzureResourceKind.Budget, args.BudgetName ?? string.Empty, $"{path}.budgetName") is { } name)
        {
            errors.Add(name);
        }

        if (args.Team is { Length: 0 })
        {
            errors.Add(new SpecError($"{path}.team", "must be a team name or null"));
        }

        return errors;
    }

    /// <summary>
    /// The cost filter: the resource groups (dimension <c>ResourceGroupName</c>) and the team tag, combined with <c>and</c>
    /// when both are given; null when neither is.
    /// </summary>
    public static BudgetFilterArgs? Filter(ImmutableArray<string> resourceGroups, string? team)
    {
        BudgetComparisonExpressionArgs? groups = resourceGroups.IsDefaultOrEmpty
            ? null
            : new BudgetComparisonExpressionArgs { Name = "ResourceGroupName", Operator = BudgetOperatorType.In, Values = resourceGroups };
        BudgetComparisonExpressionArgs? teamTag = team is null
            ? null
            : new BudgetComparisonExpressionArgs { Name = "team", Operator = BudgetOperatorType.In, Values = { team } };
        return (groups, teamTag) switch
        {
            (null, null) => null,
            ({ } g, null) => new BudgetFilterArgs { Dimensions = g },
            (null, { } t) => new BudgetFilterArgs { Tags = t },
            ({ } g, { } t) => new BudgetFilterArgs
            {
                And =
                {
                    new BudgetFilterPropertiesArgs { Dimensions = g },
                    new BudgetFilterPropertiesArgs { Tags = t },
                },
            },
        };
    }

    /// <summary>The action group's short name (at most 12 characters, shown in SMS and e-mail subjects).</summary>
    public static string ShortName(string budgetName) => AzureNaming.For(AzureResourceKind.ActionGroupShortName, budgetName);
}
