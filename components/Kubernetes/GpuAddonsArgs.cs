using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Inputs of <see cref="GpuAddons"/>.</summary>
public sealed class GpuAddonsArgs
{
    /// <summary>The cluster's Kubernetes provider (the one the cloud platform created). Required.</summary>
    public required ProviderResource Provider { get; init; }

    /// <summary>The GPU pools (device plugin DaemonSets follow their time-slicing replicas). Required.</summary>
    public required ImmutableArray<GpuPoolSpec> Pools { get; init; }

    /// <summary>Priority expander lines of every pool's spot and on-demand groups; empty when nothing reads them (Karpenter).</summary>
    public ImmutableArray<PriorityExpanderEntry> PriorityExpanderEntries { get; init; } = [];

    public string DevicePluginImage { get; init; } = NvidiaDevicePluginManifests.DefaultImage;

    /// <summary>
    /// The cloud's adjustment of node-agent manifests (the device plugin), for example a toleration of its spot taint;
    /// null leaves them as built.
    /// </summary>
    public Func<ImmutableDictionary<string, object>, ImmutableDictionary<string, object>>? AdjustNodeAgent { get; init; }

    /// <summary>
    /// Cloud-specific objects declared as children of the component, in order, after the device plugins and the priority
    /// expander ConfigMap (cluster-autoscaler, Karpenter's NodePools on AWS).
    /// </summary>
    public ImmutableArray<IGpuAddonsExtension> Extensions { get; init; } = [];

    /// <summary>
    /// True where these objects were declared at the stack root before this component existed (AKS until issue 17): each
    /// child gets an alias to its root-level URN, so existing stacks keep the objects instead of replacing them.
    /// </summary>
    public bool FormerlyAtStackRoot { get; init; }
}
