using MlPlatform.CostModel;
using Pulumi;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="GpuNodePool"/>.</summary>
public sealed class GpuNodePoolArgs
{
    /// <summary>The pool (shared with Azure). Required.</summary>
    public required GpuPoolSpec Spec { get; init; }

    /// <summary>Where the spec sits in config, for error messages, e.g. <c>gpuPools[0]</c>.</summary>
    public string SpecPath { get; init; } = "gpuPool";

    /// <summary>EKS cluster name (plain: node group names and autoscaler tags are built from it). Required.</summary>
    public required string ClusterName { get; init; }

    public required string Region { get; init; }

    /// <summary>Price tables: which types have GPUs, how many and of which memory class. Required.</summary>
    public required PriceCatalog Catalog { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>The cluster resource's name output, so node groups wait for the cluster.</summary>
    public required Input<string> ClusterNameOutput { get; init; }

    public required Input<string> NodeRoleArn { get; init; }

    /// <summary>Name of the node role (Karpenter's node class names it; <see cref="GpuCluster.NodeRolePhysicalName"/>).</summary>
    public required string NodeRoleName { get; init; }

    public required InputList<string> SubnetIds { get; init; }

    public required Input<string> NodeSecurityGroupId { get; init; }

    public required Input<string> ClusterSecurityGroupId { get; init; }

    public GpuNodeProvisioning Provisioning { get; init; } = GpuNodeProvisioning.ManagedNodeGroups;

    /// <summary>Mount path of the NVMe dataset cache; null leaves local disks alone.</summary>
    public string? DatasetCacheMountPath { get; init; } = "/mnt/dataset-cache";

    /// <summary>Team owning the pool, for the <c>team</c> tag; null for shared pools.</summary>
    public string? Team { get; init; }

    public KarpenterSettings Karpenter { get; init; } = KarpenterSettings.Default;

    /// <summary>Kubernetes version of the nodes; null follows the control plane.</summary>
    public string? KubernetesVersion { get; init; }
}
