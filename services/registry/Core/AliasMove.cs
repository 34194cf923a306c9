namespace MlPlatform.Registry;

/// <summary>An alias moved from one version (null: it was unset) to another.</summary>
public sealed record AliasMove(string Model, string Alias, string? From, string To)
{
    public override string ToString() => $"{Model}: {Alias} {From ?? "(unset)"} → {To}";
}
