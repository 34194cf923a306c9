using System.Collections.Immutable;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Plan;

/// <summary>The outcome of running the program under the mock engine.</summary>
public sealed record PlanResult(
    string Project,
    string Stack,
    PlatformConfig Config,
    ImmutableArray<PlannedResource> Resources,
    ImmutableDictionary<string, StackOutput> Outputs,
    ImmutableDictionary<string, string> ConfigValues)
{
    /// <summary>Where the price tables behind the cost estimate came from and how old they are.</summary>
    public PriceTableAge? PriceTables { get; init; }

    /// <summary>Resources by operation.</summary>
    public ImmutableDictionary<PlanOperation, int> Summary =>
        Resources.GroupBy(r => r.Operation).ToImmutableDictionary(g => g.Key, g => g.Count());
}
