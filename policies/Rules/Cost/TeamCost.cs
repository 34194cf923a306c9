using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// What a team can cost: its GPU quota priced per schedulable GPU of the environment's GPU pools. Max: the whole quota
/// busy all month on the dearest on-demand GPU; expected: the expected utilisation of the quota at the average price.
/// </summary>
/// <param name="Urn">The team's ResourceQuota when the stack declares one, else the stack.</param>
public sealed record TeamCost(string Team, int GpuQuota, string Urn, CostRange Range);
