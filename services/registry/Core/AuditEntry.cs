namespace MlPlatform.Registry;

/// <summary>One line of a model's append-only audit log: who did what to which alias, from what to what, and why.</summary>
/// <param name="Action"><c>register</c>, <c>promote</c> or <c>rollback</c>.</param>
/// <param name="Alias">The alias moved (null for a registration).</param>
/// <param name="From">The version the alias held before (null if it was unset).</param>
/// <param name="To">The version it holds now (or the version registered).</param>
/// <param name="Gates">Every gate's measured value, as printed (promotions).</param>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Who,
    string Action,
    string? Alias,
    string? From,
    string To,
    string? Reason,
    IReadOnlyList<string>? Gates = null);
