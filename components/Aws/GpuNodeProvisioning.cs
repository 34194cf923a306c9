namespace MlPlatform.Components.Aws;

/// <summary>How a GPU pool is rendered.</summary>
public enum GpuNodeProvisioning
{
    /// <summary>EKS managed node groups (spot + on-demand fallback), scaled by cluster-autoscaler's priority expander.</summary>
    ManagedNodeGroups,

    /// <summary>Karpenter NodePools (spot weighted above on-demand) on an EC2NodeClass.</summary>
    Karpenter,
}
