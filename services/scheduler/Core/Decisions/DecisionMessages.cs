using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>The texts of wait and hold decisions, built once per cycle where they repeat for thousands of jobs.</summary>
internal sealed class DecisionMessages(SchedulingPolicy policy)
{
    private readonly Dictionary<IReadOnlyList<CapacityType>, string> _noCapacity = new(ReferenceEqualityComparer.Instance);

    public string WaitingForSpot { get; } = $"no spot capacity fits the request now; on-demand fallback after {policy.QueueAgeThreshold} in the queue";

    public string NoCapacity(CapacityChoice choice)
    {
        if (!_noCapacity.TryGetValue(choice.Order, out var message))
        {
            _noCapacity[choice.Order] = message = $"no {string.Join(" or ", choice.Order)} capacity fits the request now";
        }

        return message;
    }

    public static string Cost(string reason, JobSpec spec, TeamUsage team, decimal estimate) => reason == ReasonCodes.MaxCostExceeded
        ? $"estimate {estimate:0.##} USD exceeds the job's max cost {spec.MaxCostUsd:0.##} USD"
        : $"estimate {estimate:0.##} USD would take team '{team.Spec.Name}' to {team.SpendUsd + estimate:0.##} USD, over its monthly budget of {team.Spec.MonthlyBudgetUsd:0.##} USD";

    public static string NoPool(JobSpec spec)
    {
        var parts = new List<string>();
        if (spec.GpuType is not null)
        {
            parts.Add($"GPU type {spec.GpuType}");
        }

        if (spec.GpuModels is { Count: > 0 } models)
        {
            parts.Add($"GPU model {string.Join(" or ", models)}");
        }

        if (spec.MinGpuMemoryGiB is not null)
        {
            parts.Add($"at least {spec.MinGpuMemoryGiB} GiB per GPU");
        }

        if (spec.IsFractional)
        {
            parts.Add("GPU sharing");
        }

        parts.Add($"{spec.PerMember} per member");
        return $"no pool offers {string.Join(", ", parts)}";
    }
}
