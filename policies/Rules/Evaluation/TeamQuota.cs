namespace MlPlatform.Policies;

/// <summary>A team's GPU quota (in schedulable <c>nvidia.com/gpu</c> units, which GPU sharing multiplies) from config.</summary>
public sealed record TeamQuota(string Name, int GpuQuota);
