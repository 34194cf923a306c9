namespace MlPlatform.Stacks.Previews;

/// <summary>Which document a file holds.</summary>
public enum PlanFileKind
{
    /// <summary><c>pulumi preview --json</c>.</summary>
    Preview,

    /// <summary><c>pulumi stack export</c>.</summary>
    Export,
}
