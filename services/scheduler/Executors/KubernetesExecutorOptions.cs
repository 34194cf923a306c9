using MlPlatform.Components;

namespace MlPlatform.Scheduler.Executors;

/// <summary>How the Kubernetes executor names, places and labels what it creates.</summary>
public sealed record KubernetesExecutorOptions
{
    /// <summary>The namespace of runs whose team has no entry in <see cref="TeamNamespaces"/>.</summary>
    public string Namespace { get; init; } = "ml-jobs";

    /// <summary>
    /// Per team, the namespace its runs are created in, so that the team's ResourceQuota, LimitRange, network policies
    /// and service-account identity apply to its jobs as to anything else it runs.
    /// </summary>
    public IReadOnlyDictionary<string, string> TeamNamespaces { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The namespace a team's runs go to.</summary>
    public string NamespaceOf(string team) => TeamNamespaces.TryGetValue(team, out var ns) ? ns : Namespace;

    // The defaults are the labels and taints the stack's GPU pools carry (components/Common), so they cannot drift apart.

    /// <summary>The node label whose value is the pool name (the stack puts it on every node of a pool).</summary>
    public string PoolLabel { get; init; } = GpuNodeLabels.Pool;

    /// <summary>The node label whose value is <c>spot</c> or <c>on-demand</c>.</summary>
    public string CapacityLabel { get; init; } = GpuNodeLabels.CapacityType;

    /// <summary>The taint key on spot nodes (effect NoSchedule) that spot runs tolerate: the one AKS puts on spot pools.</summary>
    public string SpotTaintKey { get; init; } = GpuNodeLabels.AzureSpotTaintKey;

    /// <summary>The value of the spot taint.</summary>
    public string SpotTaintValue { get; init; } = GpuNodeLabels.AzureSpotTaintValue;

    /// <summary>The extended resource name of whole GPUs.</summary>
    public string GpuResource { get; init; } = "nvidia.com/gpu";

    /// <summary>The service account runs use; null for the namespace default.</summary>
    public string? ServiceAccount { get; init; }

    /// <summary>Seconds a finished Kubernetes Job is kept before the cluster deletes it.</summary>
    public int TtlSecondsAfterFinished { get; init; } = 3600;
}
