using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>The capacity strategies by name.</summary>
public static class CapacityStrategies
{
    /// <summary>Spot first; on-demand once the queue-age threshold passed or the deadline is at risk (the default).</summary>
    public const string SpotFirstWithFallback = "spot-first-with-fallback";

    /// <summary>Only on-demand capacity (the baseline the benchmark compares against).</summary>
    public const string OnDemandOnly = "on-demand-only";

    /// <summary>Spot capacity for every spot-eligible job, never a fallback.</summary>
    public const string SpotOnly = "spot-only";

    private static readonly IReadOnlyList<CapacityType> SpotList = [CapacityType.Spot];
    private static readonly IReadOnlyList<CapacityType> OnDemandList = [CapacityType.OnDemand];
    private static readonly IReadOnlyList<CapacityType> SpotThenOnDemand = [CapacityType.Spot, CapacityType.OnDemand];
    private static readonly IReadOnlyList<CapacityType> OnDemandThenSpot = [CapacityType.OnDemand, CapacityType.Spot];

    /// <summary>Every known name.</summary>
    public static IReadOnlyList<string> Names { get; } = [SpotFirstWithFallback, OnDemandOnly, SpotOnly];

    /// <summary>The strategy called <paramref name="name"/>.</summary>
    public static ICapacityStrategy Get(string name) => name switch
    {
        SpotFirstWithFallback => new SpotFirstWithFallbackStrategy(),
        OnDemandOnly => new OnDemandOnlyStrategy(),
        SpotOnly => new SpotOnlyStrategy(),
        _ => throw new ArgumentException($"unknown capacity strategy '{name}'; expected one of {string.Join(", ", Names)}", nameof(name)),
    };

    private sealed class SpotFirstWithFallbackStrategy : ICapacityStrategy
    {
        public string Name => SpotFirstWithFallback;

        public CapacityChoice Choose(JobSpec spec, TimeSpan queueAge, bool deadlineAtRisk, SchedulingPolicy policy)
        {
            if (!spec.SpotEligible)
            {
                return new CapacityChoice(OnDemandList, null);
            }

            if (deadlineAtRisk)
            {
                return new CapacityChoice(OnDemandThenSpot, ReasonCodes.DeadlineRisk);
            }

            return queueAge >= policy.QueueAgeThreshold
                ? new CapacityChoice(SpotThenOnDemand, ReasonCodes.SpotFallbackQueueAge)
                : new CapacityChoice(SpotList, null);
        }
    }

    private sealed class OnDemandOnlyStrategy : ICapacityStrategy
    {
        public string Name => OnDemandOnly;

        public CapacityChoice Choose(JobSpec spec, TimeSpan queueAge, bool deadlineAtRisk, SchedulingPolicy policy) =>
            new(OnDemandList, null);
    }

    private sealed class SpotOnlyStrategy : ICapacityStrategy
    {
        public string Name => SpotOnly;

        public CapacityChoice Choose(JobSpec spec, TimeSpan queueAge, bool deadlineAtRisk, SchedulingPolicy policy) =>
            new(spec.SpotEligible ? SpotList : OnDemandList, null);
    }
}
