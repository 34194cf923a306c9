using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.Components.Aws;
using Pulumi;

namespace MlPlatform.Infra.Aws;

/// <summary>
/// What <see cref="AwsPlatform"/> declared: the components (<see cref="Karpenter"/>, the controller, only when the
/// provisioner is Karpenter) and the <see cref="CloudPlatformOutputs"/>. The device plugin, priority expander ConfigMap
/// and Karpenter objects are applied by <see cref="GpuClusterAddons"/>; the dataset warmer DaemonSet manifest
/// (<see cref="WarmerDaemonSet"/>) is for the Kubernetes layer, which owns the namespace and service account it runs in.
/// </summary>
public sealed record AwsPlatformResources(
    GpuCluster Cluster,
    ImmutableArray<GpuNodePool> Pools,
    DatasetCache Datasets,
    ContainerRegistry Registry,
    ModelStore Models,
    BudgetAlarm Budgets,
    GpuClusterAddons Addons,
    KarpenterController? Karpenter,
    CloudPlatformOutputs Outputs,
    PostgresDatabase? SchedulerDatabase = null)
{
    /// <summary>The priority expander ConfigMap merging every pool's entries; null under Karpenter.</summary>
    public ImmutableDictionary<string, object>? PriorityExpanderConfigMap =>
        Pools.Any(p => !p.PriorityExpanderEntries.IsDefaultOrEmpty)
            ? PriorityExpanderConfig.ConfigMap(Pools.SelectMany(p => p.PriorityExpanderEntries))
            : null;

    /// <summary>Karpenter EC2NodeClasses and NodePools of every pool (empty with managed node groups).</summary>
    public ImmutableArray<ImmutableDictionary<string, object>> KarpenterManifests => [.. Pools.SelectMany(p => p.Manifests)];

    /// <summary>The dataset warmer DaemonSet.</summary>
    public Output<ImmutableDictionary<string, object>> WarmerDaemonSet => Datasets.WarmerDaemonSet;
}
