using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// What a policy run reports: the evaluation of the stack after the change, and the cost before it (null when there is
/// no "before", e.g. a stack export or a fresh stack), so the delta can be shown.
/// </summary>
/// <param name="Title">What was checked, e.g. <c>preview of dev</c>.</param>
public sealed record PolicyReport(string Title, PolicyContext Context, PolicyResult After, StackCostReport? CostBefore)
{
    /// <summary>Monthly cost change at each size (after − before).</summary>
    public CostRange Delta => After.Costs.Total - (CostBefore?.Total ?? CostRange.Zero);
}
