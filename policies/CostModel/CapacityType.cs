namespace MlPlatform.CostModel;

/// <summary>How a node is bought: interruptible spot capacity or on-demand.</summary>
public enum CapacityType
{
    Spot,
    OnDemand,
}
