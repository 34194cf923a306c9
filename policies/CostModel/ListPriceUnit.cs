namespace MlPlatform.CostModel;

/// <summary>What a list price is counted per.</summary>
public enum ListPriceUnit
{
    /// <summary>Per resource and hour (control planes, NAT gateways, load balancers).</summary>
    Hour,

    /// <summary>Per resource and month (registries, keys).</summary>
    Month,

    /// <summary>Per GiB and month (storage), multiplied by the row's assumed quantity where the resource does not say.</summary>
    GibMonth,

    /// <summary>Per node and hour: instance types / VM sizes the GPU tables do not list (system pools).</summary>
    NodeHour,
}
