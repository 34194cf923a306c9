using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>Chooses which capacity types a job may use, in order of preference. Chosen by name (see <see cref="CapacityStrategies"/>).</summary>
public interface ICapacityStrategy
{
    /// <summary>The strategy's configuration name.</summary>
    string Name { get; }

    /// <summary>The capacity types to try, first preferred, and why the order departs from spot-only if it does.</summary>
    CapacityChoice Choose(JobSpec spec, TimeSpan queueAge, bool deadlineAtRisk, SchedulingPolicy policy);
}
