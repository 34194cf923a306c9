using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="BudgetAlarm"/>.</summary>
public sealed class BudgetAlarmArgs
{
    /// <summary>Budget name (e.g. <c>mlp-dev</c>, <c>mlp-dev-team-vision</c>). Required.</summary>
    public required string BudgetName { get; init; }

    /// <summary>Monthly amount in the billing currency (USD). Required.</summary>
    public required decimal AmountUsd { get; init; }

    /// <summary>
    /// The budget's scope: a subscription (<c>/subscriptions/&lt;id&gt;</c>) or resource group ID. Required. AKS puts the
    /// node VMs in their own resource group, so environment budgets are scoped to the subscription and filtered to
    /// <see cref="CostResourceGroups"/>.
    /// </summary>
    public required Input<string> Scope { get; init; }

    /// <summary>Only costs in these resource groups (the platform's and the AKS node resource group); empty for the whole scope.</summary>
    public ImmutableArray<string> CostResourceGroups { get; init; } = [];

    /// <summary>Resource group of the action group. Required.</summary>
    public required Input<string> ResourceGroupName { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>Notified by e-mail and through the action group. Required.</summary>
    public required ImmutableArray<string> ContactEmails { get; init; }

    /// <summary>Percentages of actual spend that notify.</summary>
    public ImmutableArray<int> ActualThresholds { get; init; } = [50, 80, 100];

    /// <summary>Percentages of forecast spend that notify.</summary>
    public ImmutableArray<int> ForecastThresholds { get; init; } = [100];

    /// <summary>Only costs of resources tagged <c>team=&lt;Team&gt;</c>; null for the whole scope.</summary>
    public string? Team { get; init; }

    /// <summary>Start of the budget period; null is the first day of the current month (Azure requires a start within the current period).</summary>
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>The clock for the default start date.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
