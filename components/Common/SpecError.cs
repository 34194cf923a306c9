namespace MlPlatform.Components;

/// <summary>One problem with a spec: the full path of the field (as in config) and what is wrong.</summary>
public sealed record SpecError(string Path, string Problem)
{
    public override string ToString() => $"{Path} {Problem}";
}
