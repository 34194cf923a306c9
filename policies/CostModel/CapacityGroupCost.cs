namespace MlPlatform.CostModel;

/// <summary>
/// One autoscaled group of identical nodes (an EKS node group, an AKS agent pool, one capacity type of a Karpenter
/// NodePool) with the price of one of its nodes.
/// </summary>
/// <param name="NodePrice">USD per node-hour at the group's capacity type (spot at the snapshot's spot price).</param>
/// <param name="GpusPerNode">GPUs on one node (0 for CPU groups).</param>
public sealed record CapacityGroupCost(CapacityType Capacity, string InstanceType, HourlyPrice NodePrice, decimal GpusPerNode, int MinNodes, int MaxNodes)
{
    /// <summary>
    /// Nodes at the expected size: the minimum plus <paramref name="expectedUtilisation"/> (0–1) of the headroom.
    /// The autoscaler grows a group between its bounds with demand; the utilisation is an assumption a stack sets.
    /// </summary>
    public decimal ExpectedNodes(decimal expectedUtilisation) =>
        MinNodes + (Math.Clamp(expectedUtilisation, 0m, 1m) * Math.Max(0, MaxNodes - MinNodes));

    /// <summary>The group alone at its minimum, expected and maximum size.</summary>
    public CostRange Range(decimal expectedUtilisation) =>
        CostRange.Nodes(NodePrice.UsdPerHour, MinNodes, ExpectedNodes(expectedUtilisation), MaxNodes);
}
