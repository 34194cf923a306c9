namespace MlPlatform.Stacks.Config;

/// <summary>The system node pool: always on-demand, never tainted for GPUs.</summary>
public sealed record SystemPoolSpec(string InstanceType, int MinNodes, int MaxNodes);
