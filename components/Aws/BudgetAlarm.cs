using System.Collections.Immutable;
using System.Globalization;
using Pulumi;
using Pulumi.Aws.Budgets;
using Pulumi.Aws.Budgets.Inputs;
using Pulumi.Aws.Kms;
using Pulumi.Aws.Sns;

namespace MlPlatform.Components.Aws;

/// <summary>
/// AWS Budgets for the environment (cost filtered by the <c>environment</c> tag) and for each team (<c>team</c> tag),
/// notifying at actual and forecasted percentages of the limit through an encrypted SNS topic with e-mail
/// subscriptions; team budgets also e-mail the team directly.
/// </summary>
public sealed class BudgetAlarm : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:BudgetAlarm";

    /// <summary>AWS Budgets allows at most this many e-mail subscribers per notification.</summary>
    public const int MaxEmailSubscribers = 10;

    public BudgetAlarm(string name, BudgetAlarmArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var child = new CustomResourceOptions { Parent = this };
        var tags = AwsTags.For(args.Tags, $"{args.NamePrefix}-budgets");
        var key = ManagedKey.Create($"{name}-key", $"Budget alarm topic of {args.NamePrefix}", tags, this, policy: args.AccountId.Apply(account => IamPolicies.KmsKeyForServices(account, ["budgets.amazonaws.com", "sns.amazonaws.com"])));
        var topic = new Topic($"{name}-topic", new TopicArgs
        {
            DisplayName = $"Budget alarms of {args.NamePrefix}",
            KmsMasterKeyId = key.Arn,
            Tags = tags,
        }, child);
        var topicPolicy = new TopicPolicy($"{name}-topic-policy", new TopicPolicyArgs
        {
            Arn = topic.Arn,
            Policy = Output.Tuple(topic.Arn, args.AccountId.ToOutput()).Apply(t => IamPolicies.BudgetsPublish(t.Item1, t.Item2)),
        }, child);
        foreach (var (recipient, index) in args.Recipients.Distinct(StringComparer.OrdinalIgnoreCase).Select((r, i) => (r, i)))
        {
            _ = new TopicSubscription($"{name}-email-{index}", new TopicSubscriptionArgs { Topic = topic.Arn, Protocol = "email", Endpoint = recipient }, child);
        }

        var notifications = BudgetNotificationSpec.For(args.ActualThresholds, args.ForecastThresholds);
        var budgetOptions = new CustomResourceOptions { Parent = this, DependsOn = { topicPolicy } };
        var budgets = new List<Budget>
        {
            NewBudget($"{name}-environment", AwsNaming.Budget(args.NamePrefix, "environment"), args.MonthlyLimitUsd, "environment", args.Environment, notifications, topic.Arn, [], tags, budgetOptions),
        };
        foreach (var team in args.Teams)
        {
            budgets.Add(NewBudget($"{name}-team-{team.Name}", AwsNaming.Budget(args.NamePrefix, $"team-{team.Name}"), team.MonthlyLimitUsd, "team", team.Name, notifications, topic.Arn, team.Recipients, tags.SetItem("team", team.Name), budgetOptions));
        }

        TopicArn = topic.Arn;
        BudgetIds = Output.All(budgets.Select(b => b.Id));
        BudgetNames = Output.All(budgets.Select(b => b.Name));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["topicArn"] = TopicArn,
            ["budgetIds"] = BudgetIds,
            ["budgetNames"] = BudgetNames,
        });
    }

    [Output("topicArn")]
    public Output<string> TopicArn { get; private set; }

    [Output("budgetIds")]
    public Output<ImmutableArray<string>> BudgetIds { get; private set; }

    [Output("budgetNames")]
    public Output<ImmutableArray<string>> BudgetNames { get; private set; }

    /// <summary>Every problem of the args, each naming its field.</summary>
    public static IReadOnlyList<SpecError> Validate(BudgetAlarmArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (args.MonthlyLimitUsd <= 0)
        {
            errors.Add(new SpecError("budget.monthlyLimitUsd", $"must be greater than 0 (got {args.MonthlyLimitUsd.ToString(CultureInfo.InvariantCulture)})"));
        }

        errors.AddRange(BudgetNotificationSpec.Validate(args.ActualThresholds, args.ForecastThresholds, "budget"));
        foreach (var (recipient, index) in args.Recipients.Select((r, i) => (r, i)).Where(x => !LooksLikeEmail(x.r)))
        {
            errors.Add(new SpecError($"budget.recipients[{index}]", $"must be an e-mail address (got '{recipient}')"));
        }

        foreach (var (team, index) in args.Teams.Select((t, i) => (t, i)))
        {
            if (team.MonthlyLimitUsd <= 0)
            {
                errors.Add(new SpecError($"teams[{index}].monthlyBudgetUsd", $"must be greater than 0 (got {team.MonthlyLimitUsd.ToString(CultureInfo.InvariantCulture)})"));
            }

            if (team.Recipients.Length > MaxEmailSubscribers)
            {
                errors.Add(new SpecError($"teams[{index}].recipients", $"AWS Budgets notifies at most {MaxEmailSubscribers} addresses directly (got {team.Recipients.Length})"));
            }

            foreach (var (recipient, r) in team.Recipients.Select((x, i) => (x, i)).Where(x => !LooksLikeEmail(x.x)))
            {
                errors.Add(new SpecError($"teams[{index}].recipients[{r}]", $"must be an e-mail address (got '{recipient}')"));
            }
        }

        return errors;
    }

    private static bool LooksLikeEmail(string value) =>
        !string.IsNullOrWhiteSpace(value) && value.IndexOf('@', StringComparison.Ordinal) is > 0 && value.IndexOf('@', StringComparison.Ordinal) < value.Length - 1 && !value.Contains(' ', StringComparison.Ordinal);

    private static Budget NewBudget(
        string resourceName,
        string budgetName,
        decimal limitUsd,
        string tagKey,
        string tagValue,
        ImmutableArray<BudgetNotificationSpec> notifications,
        Output<string> topicArn,
        ImmutableArray<string> emails,
        ImmutableDictionary<string, string> tags,
        CustomResourceOptions options) =>
        new(resourceName, new BudgetArgs
        {
            Name = budgetName,
            BudgetType = "COST",
            TimeUnit = "MONTHLY",
            LimitAmount = limitUsd.ToString("0.00", CultureInfo.InvariantCulture),
            LimitUnit = "USD",
            CostFilters =
            {
                new BudgetCostFilterArgs { Name = "TagKeyValue", Values = { BudgetNotificationSpec.TagFilterValue(tagKey, tagValue) } },
            },
            Notifications = [.. notifications.Select(n => new BudgetNotificationArgs
            {
                ComparisonOperator = "GREATER_THAN",
                NotificationType = n.NotificationType,
                Threshold = n.ThresholdPercent,
                ThresholdType = "PERCENTAGE",
                SubscriberSnsTopicArns = { topicArn },
                SubscriberEmailAddresses = emails,
            })],
            Tags = tags,
        }, options);
}
