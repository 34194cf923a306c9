namespace MlPlatform.Stacks.Outputs;

/// <summary>One problem with a stack's outputs: the output name and what is wrong with it.</summary>
public sealed record OutputsError(string Output, string Problem)
{
    public override string ToString() => $"{Output}: {Problem}";
}
