namespace MlPlatform.Stacks.Config;

/// <summary>How GPU nodes are provisioned.</summary>
public enum NodeProvisioner
{
    /// <summary>Managed node groups (EKS) or agent pools (AKS), scaled by cluster-autoscaler with the priority expander.</summary>
    ManagedNodeGroups,

    /// <summary>Karpenter NodePools and EC2NodeClasses (AWS only).</summary>
    Karpenter,
}
