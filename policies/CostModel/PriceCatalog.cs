namespace MlPlatform.CostModel;

/// <summary>
/// GPU instance offerings and prices by cloud, instance type and region, loaded by <see cref="PriceCatalogLoader"/>.
/// Where the spot snapshot has no price for an offering, <see cref="HourlyPrice"/> estimates it from the median
/// spot discount the snapshot shows for the same cloud, and says so.
/// </summary>
public sealed class PriceCatalog
{
    private readonly Dictionary<(Cloud, string, string), InstanceOffering> _byKey;
    private readonly Dictionary<(Cloud, string), List<InstanceOffering>> _byType;
    private readonly Dictionary<Cloud, decimal> _medianSpotRatio;

    public PriceCatalog(IEnumerable<InstanceOffering> offerings)
    {
        ArgumentNullException.ThrowIfNull(offerings);
        _byKey = new Dictionary<(Cloud, string, string), InstanceOffering>(KeyComparer.Instance);
        foreach (var offering in offerings)
        {
            _byKey[(offering.Cloud, offering.InstanceType, offering.Region)] = offering;
        }

        _byType = _byKey.Values
            .GroupBy(o => (o.Cloud, o.InstanceType.ToLowerInvariant()))
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Region, StringComparer.Ordinal).ToList());
        _medianSpotRatio = _byKey.Values
            .Where(o => o.SpotUsdPerHour is not null && o.OnDemandUsdPerHour > 0)
            .GroupBy(o => o.Cloud)
            .ToDictionary(g => g.Key, g => Statistics.Median(g.Select(o => o.SpotUsdPerHour!.Value / o.OnDemandUsdPerHour)));
    }

    /// <summary>The directory the tables were read from, when they came from one.</summary>
    public string? Source { get; init; }

    /// <summary>The date the prices were taken (the snapshot's <c>as-of.txt</c>), when the tables say.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Every offering, in no particular order.</summary>
    public IReadOnlyCollection<InstanceOffering> Offerings => _byKey.Values;

    /// <summary>The offering of <paramref name="instanceType"/> in <paramref name="region"/>, if the tables list it.</summary>
    public InstanceOffering? Find(Cloud cloud, string instanceType, string region) =>
        _byKey.GetValueOrDefault((cloud, instanceType, region));

    /// <summary>Whether the tables know <paramref name="instanceType"/> in any region.</summary>
    public bool Knows(Cloud cloud, string instanceType) => _byType.ContainsKey((cloud, instanceType.ToLowerInvariant()));

    /// <summary>The offerings of <paramref name="instanceType"/> across regions.</summary>
    public IReadOnlyList<InstanceOffering> InAllRegions(Cloud cloud, string instanceType) =>
        _byType.TryGetValue((cloud, instanceType.ToLowerInvariant()), out var list) ? list : [];

    /// <summary>The instance types the tables list for a cloud and region.</summary>
    public IEnumerable<InstanceOffering> InRegion(Cloud cloud, string region) =>
        _byKey.Values.Where(o => o.Cloud == cloud && string.Equals(o.Region, region, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The hourly price of one node. Spot uses the snapshot's regional median; with no snapshot for the offering it
    /// is on-demand × the cloud's median spot/on-demand ratio, and <see cref="HourlyPrice.IsEstimated"/> is set.
    /// </summary>
    public HourlyPrice HourlyPrice(Cloud cloud, string instanceType, string region, CapacityType capacity)
    {
        var offering = Find(cloud, instanceType, region)
            ?? throw new KeyNotFoundException($"no price for {cloud} {instanceType} in {region}");
        if (capacity == CapacityType.OnDemand)
        {
            return new HourlyPrice(offering.OnDemandUsdPerHour, IsEstimated: false);
        }

        if (offering.SpotUsdPerHour is { } spot)
        {
            return new HourlyPrice(spot, IsEstimated: false);
        }

        var ratio = _medianSpotRatio.GetValueOrDefault(cloud, 1m);
        return new HourlyPrice(decimal.Round(offering.OnDemandUsdPerHour * ratio, 4), IsEstimated: true);
    }

    /// <summary>The median spot/on-demand price ratio of the snapshot for a cloud (1 when it has none).</summary>
    public decimal MedianSpotRatio(Cloud cloud) => _medianSpotRatio.GetValueOrDefault(cloud, 1m);


    private sealed class KeyComparer : IEqualityComparer<(Cloud Cloud, string Type, string Region)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((Cloud Cloud, string Type, string Region) x, (Cloud Cloud, string Type, string Region) y) =>
            x.Cloud == y.Cloud
            && string.Equals(x.Type, y.Type, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.Region, y.Region, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((Cloud Cloud, string Type, string Region) obj) =>
            HashCode.Combine(obj.Cloud, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Type), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Region));
    }
}
