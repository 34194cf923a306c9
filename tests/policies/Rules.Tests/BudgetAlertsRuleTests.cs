using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public class BudgetAlertsRuleTests
{
    private static readonly object?[] Nobody = [];

    // As a real preview shows an AWS budget: the SNS topic is created in the same run, so its ARN list is unknown.
    private static Dictionary<string, object?> Aws(string type, double threshold, string thresholdType = "PERCENTAGE", object? topics = null, object? emails = null) => Map(
        ("comparisonOperator", "GREATER_THAN"),
        ("notificationType", type),
        ("threshold", threshold),
        ("thresholdType", thresholdType),
        ("subscriberSnsTopicArns", topics ?? UnknownValue.Instance),
        ("subscriberEmailAddresses", emails ?? Nobody));

    private static PolicyResource AwsBudget(object? notifications, string limit = "4000.00") =>
        Resource(ResourceTypes.AwsBudget, "env", Map(("budgetType", "COST"), ("timeUnit", "MONTHLY"), ("limitAmount", limit), ("notifications", notifications)));

    private static Dictionary<string, object?> Azure(string type, double threshold, bool enabled = true, object? emails = null, object? groups = null) => Map(
        ("enabled", enabled),
        ("operator", "GreaterThanOrEqualTo"),
        ("threshold", threshold),
        ("thresholdType", type),
        ("contactEmails", emails ?? List("ml-platform@example.com")),
        ("contactGroups", groups ?? UnknownValue.Instance));

    private static PolicyResource AzureBudget(Dictionary<string, object?> notifications) =>
        Resource(ResourceTypes.AzureBudget, "env", Map(("category", "Cost"), ("timeGrain", "Monthly"), ("amount", 4000.0), ("notifications", notifications)));

    private static System.Collections.Immutable.ImmutableArray<PolicyViolation> Violations(PolicyResource budget) =>
        Evaluate(new BudgetAlertsRule(), Context(), budget).Violations;

    [Fact]
    public void AwsBudgetWithActualAndForecastAlertsToAnUnknownTopicPasses()
    {
        var budget = AwsBudget(List(Aws("ACTUAL", 50), Aws("ACTUAL", 80), Aws("ACTUAL", 100), Aws("FORECASTED", 100)));

        Assert.Empty(Violations(budget));
    }

    [Theory]
    [InlineData("no forecast alert", "ACTUAL 80%, ACTUAL 100%", "a FORECASTED notification")]
    [InlineData("actual alert only past the limit", "ACTUAL 120%, FORECASTED 100%", "an ACTUAL notification at or below the limit")]
    [InlineData("absolute actual alert past the limit", "ACTUAL 4500 USD, FORECASTED 100%", "an ACTUAL notification at or below the limit")]
    [InlineData("no notifications", "no notifications", "a FORECASTED notification")]
    public void AwsBudgetThatDoesNotWarnInTimeIsReported(string situation, string measured, string limit)
    {
        object?[] notifications = situation switch
        {
            "no forecast alert" => [Aws("ACTUAL", 80), Aws("ACTUAL", 100)],
            "actual alert only past the limit" => [Aws("ACTUAL", 120), Aws("FORECASTED", 100)],
            "absolute actual alert past the limit" => [Aws("ACTUAL", 4500, "ABSOLUTE_VALUE"), Aws("FORECASTED", 100)],
            _ => [],
        };

        var violation = Assert.Single(Violations(AwsBudget(notifications)), v => v.Limit == limit);

        Assert.Equal((RuleIds.BudgetAlerts, Urn(ResourceTypes.AwsBudget, "env"), measured), (violation.RuleId, violation.Urn, violation.Measured));
    }

    [Fact]
    public void AbsoluteActualAlertBelowTheLimitCounts()
    {
        Assert.Empty(Violations(AwsBudget(List(Aws("ACTUAL", 3500, "ABSOLUTE_VALUE"), Aws("FORECASTED", 100)))));
    }

    [Fact]
    public void NotificationWithoutSubscribersIsReported()
    {
        var budget = AwsBudget(List(Aws("ACTUAL", 80, topics: Nobody), Aws("FORECASTED", 100, topics: Nobody, emails: List("ml-platform@example.com"))));

        var violation = Assert.Single(Violations(budget));

        Assert.Equal(("ACTUAL 80% notifies nobody", "at least one subscriber"), (violation.Measured, violation.Limit));
    }

    [Fact]
    public void BudgetWhoseNotificationsAreUnknownIsNotJudged()
    {
        Assert.Empty(Violations(AwsBudget(UnknownValue.Instance)));
    }

    [Fact]
    public void NonMonthlyOrUsageBudgetsAreNotJudged()
    {
        var usage = Resource(ResourceTypes.AwsBudget, "usage", Map(("budgetType", "USAGE"), ("timeUnit", "MONTHLY"), ("notifications", List())));
        var yearly = Resource(ResourceTypes.AwsBudget, "yearly", Map(("budgetType", "COST"), ("timeUnit", "ANNUALLY"), ("notifications", List())));

        Assert.Empty(Evaluate(new BudgetAlertsRule(), Context(), usage, yearly).Violations);
    }

    [Fact]
    public void AzureBudgetReadsItsNotificationMapAndIgnoresDisabledOnes()
    {
        var good = AzureBudget(Map(("actual-80", Azure("Actual", 80)), ("forecasted-100", Azure("Forecasted", 100))));
        var disabledForecast = AzureBudget(Map(("actual-80", Azure("Actual", 80)), ("forecasted-100", Azure("Forecasted", 100, enabled: false))));
        var silent = AzureBudget(Map(("actual-80", Azure("Actual", 80, emails: Nobody, groups: Nobody)), ("forecasted-100", Azure("Forecasted", 100))));

        Assert.Empty(Violations(good));
        var missing = Assert.Single(Violations(disabledForecast));
        Assert.Equal(("Actual 80%", "a FORECASTED notification"), (missing.Measured, missing.Limit));
        var nobody = Assert.Single(Violations(silent));
        Assert.Equal("Actual 80% notifies nobody", nobody.Measured);
    }
}
