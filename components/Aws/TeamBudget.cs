using System.Collections.Immutable;

namespace MlPlatform.Components.Aws;

/// <summary>A team's monthly budget: spend of resources tagged <c>team=&lt;Name&gt;</c>, notifying <paramref name="Recipients"/>.</summary>
public sealed record TeamBudget(string Name, decimal MonthlyLimitUsd, ImmutableArray<string> Recipients);
