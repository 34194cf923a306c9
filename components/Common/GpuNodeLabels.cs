namespace MlPlatform.Components;

/// <summary>Node labels and taints of GPU pools, identical on both clouds so workloads select pools the same way.</summary>
public static class GpuNodeLabels
{
    /// <summary>Taint key (and label) that keeps non-GPU pods off GPU nodes: <c>nvidia.com/gpu=true:NoSchedule</c>.</summary>
    public const string GpuTaintKey = "nvidia.com/gpu";

    public const string GpuTaintValue = "true";

    public const string GpuTaintEffect = "NoSchedule";

    /// <summary>The taint AKS puts on spot pools; pods that may run on spot tolerate it.</summary>
    public const string AzureSpotTaintKey = "kubernetes.azure.com/scalesetpriority";

    public const string AzureSpotTaintValue = "spot";

    /// <summary>GPU model of the node, e.g. <c>L4</c>.</summary>
    public const string GpuType = "mlplatform.io/gpu-type";

    /// <summary>GPU memory per device in GiB.</summary>
    public const string GpuMemoryGiB = "mlplatform.io/gpu-memory-gib";

    /// <summary><c>spot</c> or <c>on-demand</c>.</summary>
    public const string CapacityType = "mlplatform.io/capacity-type";

    /// <summary>The pool name from config.</summary>
    public const string Pool = "mlplatform.io/pool";

    /// <summary>Label on the nodes that carry the NVMe dataset cache.</summary>
    public const string DatasetCache = "mlplatform.io/dataset-cache";

    public const string Spot = "spot";

    public const string OnDemand = "on-demand";
}
