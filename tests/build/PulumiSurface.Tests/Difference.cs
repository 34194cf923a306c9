namespace MlPlatform.PulumiSurface.Tests;

/// <summary>One way the assembly under test differs from the real surface.</summary>
public sealed record Difference(string Type, string Member, string Expected, string Actual)
{
    public override string ToString() => $"{Type} | {Member} | expected: {Expected} | actual: {Actual}";
}
