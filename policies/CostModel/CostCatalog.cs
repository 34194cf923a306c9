namespace MlPlatform.CostModel;

/// <summary>
/// Both price sources behind one lookup: the GPU tables (<see cref="PriceCatalog"/>, on-demand and spot snapshots) and the
/// list prices (<see cref="ListPriceTable"/>: control planes, storage, registries and general-purpose node types).
/// </summary>
public sealed class CostCatalog
{
    public CostCatalog(PriceCatalog gpu, ListPriceTable list)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        ArgumentNullException.ThrowIfNull(list);
        Gpu = gpu;
        List = list;
    }

    public PriceCatalog Gpu { get; }

    public ListPriceTable List { get; }

    /// <summary>Loads the GPU tables from <paramref name="pricingDirectory"/> and the list prices from <paramref name="listPricesFile"/> (or the default).</summary>
    public static CostCatalog Load(string pricingDirectory, string? listPricesFile = null) =>
        new(PriceCatalogLoader.LoadDirectory(pricingDirectory), ListPriceLoader.Load(listPricesFile));

    /// <summary>
    /// The price of one node of <paramref name="instanceType"/>: the GPU tables first (spot at the snapshot price, or
    /// estimated from the median spot discount), else the list price of a general-purpose type (spot estimated the same
    /// way). Null when neither lists the type.
    /// </summary>
    public HourlyPrice? NodePrice(Cloud cloud, string instanceType, string region, CapacityType capacity)
    {
        ArgumentNullException.ThrowIfNull(instanceType);
        if (Gpu.Find(cloud, instanceType, region) is not null)
        {
            return Gpu.HourlyPrice(cloud, instanceType, region, capacity);
        }

        if (List.NodeHourly(cloud, instanceType) is not { } onDemand)
        {
            return null;
        }

        return capacity == CapacityType.OnDemand
            ? new HourlyPrice(onDemand, IsEstimated: false)
            : new HourlyPrice(decimal.Round(onDemand * Gpu.MedianSpotRatio(cloud), 4), IsEstimated: true);
    }

    /// <summary>GPUs on one node of <paramref name="instanceType"/> (0 when the GPU tables do not list it).</summary>
    public decimal GpusPerNode(Cloud cloud, string instanceType, string region)
    {
        if (Gpu.Find(cloud, instanceType, region) is { } offering)
        {
            return offering.GpuCount;
        }

        var elsewhere = Gpu.InAllRegions(cloud, instanceType);
        return elsewhere.Count > 0 ? elsewhere[0].GpuCount : 0;
    }

    /// <summary>Whether the GPU tables know <paramref name="instanceType"/> as a GPU type in any region.</summary>
    public bool IsGpuType(Cloud cloud, string instanceType) =>
        Gpu.InAllRegions(cloud, instanceType).Any(o => o.GpuCount > 0);

    /// <summary>USD per hour of one resource billed by a list-price item, or null when the table lacks the item.</summary>
    public decimal? ItemHourly(Cloud cloud, string item) => List.Find(cloud, item)?.UsdPerHour;
}
