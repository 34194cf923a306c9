namespace MlPlatform.CostModel;

/// <summary>One row of the list-price table.</summary>
/// <param name="Item">What is priced: a service item (<c>eks-cluster-standard</c>, <c>s3-standard</c>) or an instance type.</param>
/// <param name="AssumedQuantity">For <see cref="ListPriceUnit.GibMonth"/>: the GiB an estimate assumes per resource, since a plan does not say how much will be stored.</param>
public sealed record ListPrice(Cloud Cloud, string Item, ListPriceUnit Unit, decimal Usd, decimal? AssumedQuantity, string Description)
{
    /// <summary>USD per hour of one resource (GiB prices at the assumed quantity; 0 if none is assumed).</summary>
    public decimal UsdPerHour => Unit switch
    {
        ListPriceUnit.Hour or ListPriceUnit.NodeHour => Usd,
        ListPriceUnit.Month => Usd / HourlyPrice.HoursPerMonth,
        ListPriceUnit.GibMonth => Usd * (AssumedQuantity ?? 0) / HourlyPrice.HoursPerMonth,
        _ => 0,
    };
}
