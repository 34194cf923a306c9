using System.Collections.Immutable;
using MlPlatform.CostModel;
using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="GpuNodePool"/>.</summary>
public sealed class GpuNodePoolArgs
{
    /// <summary>The pool (the same spec as on AWS). Required.</summary>
    public required GpuPoolSpec Spec { get; init; }

    /// <summary>Where the spec sits in config, for error messages, e.g. <c>mlplatform:gpuPools[0]</c>.</summary>
    public string SpecPath { get; init; } = "gpuPool";

    /// <summary>Azure region: VM sizes are checked against its rows of the price tables. Required.</summary>
    public required string Region { get; init; }

    /// <summary>Price tables: which sizes have GPUs, how many and of which memory class. Required.</summary>
    public required PriceCatalog Catalog { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>The managed cluster's name output, so the agent pools wait for the cluster. Required.</summary>
    public required Input<string> ClusterName { get; init; }

    public required Input<string> ResourceGroupName { get; init; }

    /// <summary>The node subnet. Required.</summary>
    public required Input<string> SubnetId { get; init; }

    /// <summary>Zones to spread nodes over; empty lets Azure place them (some GPU sizes are not offered in every zone).</summary>
    public ImmutableArray<string> AvailabilityZones { get; init; } = [];

    /// <summary>Kubernetes version of the nodes; null follows the control plane.</summary>
    public string? KubernetesVersion { get; init; }

    /// <summary>Mount path of the dataset cache; null means no cache on these nodes.</summary>
    public string? DatasetCacheMountPath { get; init; } = "/mnt/dataset-cache";

    /// <summary>Team owning the pool, for the <c>team</c> tag; null for shared pools.</summary>
    public string? Team { get; init; }
}
