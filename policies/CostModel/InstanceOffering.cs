namespace MlPlatform.CostModel;

/// <summary>One GPU instance type (AWS) or VM size (Azure) in one region, with its prices in USD per hour.</summary>
/// <param name="GpuCount">GPUs per node; fractional for sliced GPUs (AWS g6f has 1/8 of an L40).</param>
/// <param name="SpotUsdPerHour">The region's spot price: the median over the snapshot's zones, or null when the snapshot has none.</param>
public sealed record InstanceOffering(
    Cloud Cloud,
    string InstanceType,
    string Region,
    GpuModel Gpu,
    decimal GpuCount,
    int VCpus,
    decimal MemoryGiB,
    decimal OnDemandUsdPerHour,
    decimal? SpotUsdPerHour)
{
    /// <summary>GPU memory on the whole node, in GiB.</summary>
    public decimal TotalGpuMemoryGiB => Gpu.MemoryGiB * GpuCount;
}
