using System.Collections.Immutable;

namespace MlPlatform.Components.Aws;

/// <summary>
/// One capacity group of a GPU pool: the spot group or the on-demand fallback, with everything both renderings
/// (managed node group, Karpenter NodePool) need.
/// </summary>
/// <param name="Name">Node group / NodePool name.</param>
/// <param name="Spot">Spot (true) or on-demand capacity.</param>
/// <param name="InstanceTypes">Instance types, in order of preference.</param>
/// <param name="MinSize">Autoscaler minimum.</param>
/// <param name="MaxSize">Autoscaler maximum.</param>
/// <param name="DesiredSize">Initial size (the autoscaler owns it afterwards).</param>
/// <param name="Labels">Node labels: GPU type and memory, capacity type, pool.</param>
/// <param name="Taints">Node taints: the GPU taint.</param>
/// <param name="Priority">Priority-expander priority (higher is tried first) and, scaled, the Karpenter weight.</param>
public sealed record CapacityGroup(
    string Name,
    bool Spot,
    ImmutableArray<string> InstanceTypes,
    int MinSize,
    int MaxSize,
    int DesiredSize,
    ImmutableDictionary<string, string> Labels,
    ImmutableArray<NodeTaint> Taints,
    int Priority)
{
    /// <summary>The EKS capacity type: <c>SPOT</c> or <c>ON_DEMAND</c>.</summary>
    public string EksCapacityType => Spot ? "SPOT" : "ON_DEMAND";

    /// <summary>The Karpenter capacity type: <c>spot</c> or <c>on-demand</c>.</summary>
    public string KarpenterCapacityType => Spot ? "spot" : "on-demand";
}
