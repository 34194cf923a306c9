using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// One autoscaled group of nodes read from a resource: an EKS node group, an AKS agent pool (or an agent pool profile
/// of a managed cluster), or one capacity type of a Karpenter NodePool.
/// </summary>
/// <param name="Urn">The resource that declares it.</param>
/// <param name="Pool">The GPU pool it belongs to: the <c>mlplatform.io/pool</c> node label, else the group's name.</param>
/// <param name="IsGpu">Whether it runs GPU nodes (a GPU instance type, the pool label or the GPU taint).</param>
/// <param name="GpusPerNode">GPUs on its largest node type (0 for CPU groups).</param>
/// <param name="Region">Where its nodes run when the resource says so (an Azure resource's <c>location</c>), else null:
/// the stack's region.</param>
public sealed record ScalingGroup(
    string Urn,
    string Pool,
    bool IsGpu,
    CapacityType Capacity,
    ImmutableArray<string> InstanceTypes,
    int MinNodes,
    int MaxNodes,
    decimal GpusPerNode,
    string? Region = null);
