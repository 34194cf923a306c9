namespace MlPlatform.Policies;

/// <summary>What a cost is for, for grouping in reports.</summary>
public enum CostCategory
{
    Compute,
    ControlPlane,
    Storage,
    Registry,
    Network,
    Security,
    Database,
}
