namespace MlPlatform.Policies;

/// <summary>
/// One breach of a rule: the resource (or the stack) it concerns, the measured value and the limit it exceeds, both as
/// text a reviewer reads (numbers in invariant culture), and the enforcement level it was reported at.
/// </summary>
public sealed record PolicyViolation(string RuleId, string Urn, string Measured, string Limit, string Message, EnforcementLevel Enforcement = EnforcementLevel.Mandatory)
{
    public override string ToString() => $"[{Enforcement.ToString().ToLowerInvariant()}] {RuleId}: {Urn}: {Message} (measured {Measured}, limit {Limit})";
}
