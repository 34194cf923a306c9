using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Core;

/// <summary>A homogeneous group of GPU nodes of one instance type and capacity type, priced from the cost model.</summary>
/// <param name="Name">Unique pool name (used in node names, labels and metrics).</param>
/// <param name="Capacity">Spot or on-demand.</param>
/// <param name="GpuModel">GPU model of every node.</param>
/// <param name="GpuMemoryGiB">Memory of one GPU.</param>
/// <param name="GpusPerNode">GPUs per node.</param>
/// <param name="CpuMilliPerNode">Allocatable CPU per node, thousandths of a core.</param>
/// <param name="MemoryMiBPerNode">Allocatable memory per node, MiB.</param>
/// <param name="NodeCount">Nodes in the pool.</param>
/// <param name="NodeUsdPerHour">The price of one node at this pool's capacity type.</param>
/// <param name="OnDemandNodeUsdPerHour">The on-demand price of one node (equal to <paramref name="NodeUsdPerHour"/> for on-demand pools).</param>
/// <param name="AllowsSharing">Whether jobs may ask for a fraction of a GPU here (MIG / time slicing).</param>
/// <param name="InstanceType">The cloud instance type, for node selectors.</param>
/// <param name="CeilingGroup">
/// Pools with the same group share one ceiling of nodes in use: at most the largest <see cref="NodeCount"/> among them
/// hold work at once (for example a spot and an on-demand copy of one node shape, where capacity of either kind is
/// bought up to one limit). Null: the pool's own nodes are its only limit.
/// </param>
public sealed record PoolSpec(
    string Name,
    CapacityType Capacity,
    string GpuModel,
    decimal GpuMemoryGiB,
    int GpusPerNode,
    long CpuMilliPerNode,
    long MemoryMiBPerNode,
    int NodeCount,
    decimal NodeUsdPerHour,
    decimal OnDemandNodeUsdPerHour,
    bool AllowsSharing = false,
    string? InstanceType = null,
    string? CeilingGroup = null)
{
    /// <summary>The allocatable resources of one node.</summary>
    public Resources NodeCapacity => new(GpusPerNode * 1000L, CpuMilliPerNode, MemoryMiBPerNode);

    /// <summary>The price of one GPU-hour here (the node price split evenly over its GPUs).</summary>
    public decimal GpuUsdPerHour => GpusPerNode == 0 ? NodeUsdPerHour : NodeUsdPerHour / GpusPerNode;

    /// <summary>The name of node <paramref name="index"/> of this pool.</summary>
    public string NodeName(int index) => $"{Name}-{index}";

    /// <summary>
    /// Builds a pool whose shape and prices come from the shared price catalog: GPUs, vCPUs and memory of the
    /// instance type, and the spot or on-demand price of the region.
    /// </summary>
    public static PoolSpec FromCatalog(
        PriceCatalog catalog,
        string name,
        Cloud cloud,
        string instanceType,
        string region,
        CapacityType capacity,
        int nodeCount,
        bool allowsSharing = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var offering = catalog.Find(cloud, instanceType, region)
            ?? throw new KeyNotFoundException($"pool '{name}': the price tables have no {cloud} {instanceType} in {region}");
        var price = catalog.HourlyPrice(cloud, instanceType, region, capacity).UsdPerHour;
        var onDemand = catalog.HourlyPrice(cloud, instanceType, region, CapacityType.OnDemand).UsdPerHour;
        return new PoolSpec(
            name,
            capacity,
            offering.Gpu.Name,
            offering.Gpu.MemoryGiB,
            (int)decimal.Ceiling(offering.GpuCount),
            offering.VCpus * 1000L,
            (long)(offering.MemoryGiB * 1024m),
            nodeCount,
            price,
            onDemand,
            allowsSharing,
            instanceType);
    }
}
