namespace MlPlatform.Policies;

/// <summary>What a rule needs to see.</summary>
public enum RuleScope
{
    /// <summary>One resource at a time: checked as each resource is declared.</summary>
    Resource,

    /// <summary>The whole stack (aggregates, links between resources, costs): checked once every resource is known.</summary>
    Stack,
}
