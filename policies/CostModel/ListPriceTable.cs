namespace MlPlatform.CostModel;

/// <summary>
/// List prices of what the GPU price tables do not cover: control planes, storage, registries, networking and the
/// general-purpose instance types of system pools. Loaded by <see cref="ListPriceLoader"/> from a small CSV the user
/// may replace.
/// </summary>
public sealed class ListPriceTable
{
    private readonly Dictionary<(Cloud, string), ListPrice> _byItem;

    public ListPriceTable(IEnumerable<ListPrice> prices, string source)
    {
        ArgumentNullException.ThrowIfNull(prices);
        _byItem = new Dictionary<(Cloud, string), ListPrice>(ItemComparer.Instance);
        foreach (var price in prices)
        {
            _byItem[(price.Cloud, price.Item)] = price;
        }

        Source = source;
    }

    /// <summary>Where the table was read from (a path, or <c>embedded:list-prices.csv</c>).</summary>
    public string Source { get; }

    /// <summary>Every row.</summary>
    public IReadOnlyCollection<ListPrice> Prices => _byItem.Values;

    /// <summary>The row of <paramref name="item"/>, if any (case-insensitive).</summary>
    public ListPrice? Find(Cloud cloud, string item) => _byItem.GetValueOrDefault((cloud, item));

    /// <summary>The on-demand USD per node-hour of a general-purpose instance type, if listed.</summary>
    public decimal? NodeHourly(Cloud cloud, string instanceType) =>
        Find(cloud, instanceType) is { Unit: ListPriceUnit.NodeHour } price ? price.Usd : null;

    private sealed class ItemComparer : IEqualityComparer<(Cloud Cloud, string Item)>
    {
        public static readonly ItemComparer Instance = new();

        public bool Equals((Cloud Cloud, string Item) x, (Cloud Cloud, string Item) y) =>
            x.Cloud == y.Cloud && string.Equals(x.Item, y.Item, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((Cloud Cloud, string Item) obj) =>
            HashCode.Combine(obj.Cloud, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item));
    }
}
