namespace MlPlatform.Stacks.Previews;

/// <summary>A file read by <see cref="PulumiJson.ReadFile"/>: either a preview or a stack export.</summary>
public sealed record PlanFile(string Path, PlanFileKind Kind, PreviewDocument? Preview, StackExport? Export)
{
    /// <summary>The resources the stack will have: new states of non-delete steps, or every resource of an export.</summary>
    public IEnumerable<ResourceState> ResourcesAfter => Kind == PlanFileKind.Preview
        ? Preview!.Steps.Where(s => StepOps.ExistsAfter(s.Op) && s.NewState is not null).Select(s => s.NewState!)
        : Export!.Deployment.Resources ?? [];

    /// <summary>The resources the stack has now: old states of steps that had one, or every resource of an export.</summary>
    public IEnumerable<ResourceState> ResourcesBefore => Kind == PlanFileKind.Preview
        ? Preview!.Steps.Where(s => StepOps.ExistedBefore(s.Op) && s.OldState is not null).Select(s => s.OldState!)
        : Export!.Deployment.Resources ?? [];
}
