namespace MlPlatform.Plan;

/// <summary>What applying the plan does to a resource, named as <c>pulumi preview --json</c> names steps.</summary>
public enum PlanOperation
{
    Same,
    Create,
    Update,
    Replace,
    Delete,
}
