using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>The environment's monthly budget and who is told when it is at risk.</summary>
/// <param name="MonthlyLimitUsd">Budget limit for the environment.</param>
/// <param name="ActualThresholds">Percentages of actual spend that notify (default 50, 80, 100).</param>
/// <param name="ForecastThresholds">Percentages of forecast spend that notify (default 100).</param>
/// <param name="Recipients">E-mail addresses notified.</param>
public sealed record BudgetSpec(decimal MonthlyLimitUsd, ImmutableArray<int> ActualThresholds, ImmutableArray<int> ForecastThresholds, ImmutableArray<string> Recipients);
