namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// A PodDisruptionBudget a Helm chart creates for one of its workloads, with the replicas that workload runs at least.
/// </summary>
/// <param name="Chart">The chart reference as the release names it.</param>
/// <param name="Workload">The Deployment the budget selects.</param>
/// <param name="MinReplicas">Replicas the workload keeps at least (an HPA's minimum when the chart autoscales it).</param>
/// <param name="MinAvailable">The budget's <c>minAvailable</c>, when it sets that.</param>
/// <param name="MaxUnavailable">The budget's <c>maxUnavailable</c>, when it sets that (it wins over minAvailable, as in the charts).</param>
public sealed record ChartDisruptionBudget(string Chart, string Workload, int MinReplicas, int? MinAvailable, int? MaxUnavailable)
{
    /// <summary>Evictions the disruption controller allows at <see cref="MinReplicas"/> healthy pods.</summary>
    public int AllowedDisruptions => MaxUnavailable is { } max
        ? Math.Min(MinReplicas, max)
        : Math.Max(0, MinReplicas - (MinAvailable ?? 0));

    /// <summary>Whether a node drain would wait forever on this budget (no eviction allowed while the workload has pods).</summary>
    public bool BlocksDrain => MinReplicas > 0 && AllowedDisruptions < 1;
}
