using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="BudgetAlarm"/>.</summary>
public sealed class BudgetAlarmArgs
{
    /// <summary>Name prefix, e.g. <c>mlp-dev</c>. Required.</summary>
    public required string NamePrefix { get; init; }

    /// <summary>Environment name; the environment budget filters on the <c>environment</c> tag. Required.</summary>
    public required string Environment { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>The AWS account ID (budgets and the KMS key policy are per account). Required.</summary>
    public required Input<string> AccountId { get; init; }

    public required decimal MonthlyLimitUsd { get; init; }

    /// <summary>Percentages of actual spend that notify.</summary>
    public ImmutableArray<int> ActualThresholds { get; init; } = BudgetNotificationSpec.DefaultActual;

    /// <summary>Percentages of forecast spend that notify.</summary>
    public ImmutableArray<int> ForecastThresholds { get; init; } = BudgetNotificationSpec.DefaultForecast;

    /// <summary>E-mail addresses subscribed to the environment's alarm topic.</summary>
    public ImmutableArray<string> Recipients { get; init; } = [];

    /// <summary>Per-team budgets.</summary>
    public ImmutableArray<TeamBudget> Teams { get; init; } = [];
}
