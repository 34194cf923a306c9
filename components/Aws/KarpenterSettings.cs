namespace MlPlatform.Components.Aws;

/// <summary>Disruption settings of the Karpenter NodePools.</summary>
/// <param name="ConsolidateAfter">How long a node must be empty or underused before Karpenter consolidates it.</param>
/// <param name="ExpireAfter">Nodes are replaced after this long, so they pick up new AMIs.</param>
/// <param name="DisruptionBudgetNodes">At most this share of a pool's nodes is disrupted voluntarily at once.</param>
public sealed record KarpenterSettings(
    string ConsolidateAfter = "10m",
    string ExpireAfter = "720h",
    string DisruptionBudgetNodes = "10%",
    string AmiAlias = "al2023@latest")
{
    public static KarpenterSettings Default { get; } = new();
}
