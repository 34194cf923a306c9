namespace MlPlatform.Registry;

/// <summary>One gate's verdict with the value it measured, printed as <c>PASS accuracy=0.931 (>=0.92)</c>.</summary>
public sealed record GateResult(string Name, string Measured, string Requirement, bool Passed)
{
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")} {Name}={Measured} ({Requirement})";
}
