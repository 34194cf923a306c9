namespace MlPlatform.CostModel;

/// <summary>The clouds the platform deploys to.</summary>
public enum Cloud
{
    Aws,
    Azure,
}
