using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="GpuClusterAddons"/>.</summary>
public sealed class GpuClusterAddonsArgs
{
    /// <summary>The Kubernetes provider of the cluster. Required.</summary>
    public required ProviderResource Provider { get; init; }

    /// <summary>The GPU pools (device plugin DaemonSets follow their time-slicing replicas). Required.</summary>
    public required ImmutableArray<GpuPoolSpec> Pools { get; init; }

    /// <summary>Priority expander lines of all managed node groups; empty under Karpenter.</summary>
    public ImmutableArray<PriorityExpanderEntry> PriorityExpanderEntries { get; init; } = [];

    /// <summary>Karpenter EC2NodeClasses and NodePools; empty with managed node groups.</summary>
    public ImmutableArray<ImmutableDictionary<string, object>> KarpenterManifests { get; init; } = [];

    /// <summary>
    /// What installs Karpenter's CRDs (the <see cref="KarpenterController.Release"/>): the NodePools and EC2NodeClasses
    /// wait for it. Null when the CRDs are installed outside this program.
    /// </summary>
    public Resource? KarpenterRelease { get; init; }

    public string DevicePluginImage { get; init; } = NvidiaDevicePluginManifests.DefaultImage;

    /// <summary>Cluster name and region, for cluster-autoscaler's node group discovery. Required.</summary>
    public required string ClusterName { get; init; }

    public required string Region { get; init; }

    /// <summary>cluster-autoscaler image; null picks the release of <see cref="KubernetesVersion"/>.</summary>
    public string? ClusterAutoscalerImage { get; init; }

    public string KubernetesVersion { get; init; } = "1.33";
}
