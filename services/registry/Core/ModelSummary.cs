using System.Collections.Immutable;

namespace MlPlatform.Registry;

/// <summary>A model as <c>show</c> prints it: versions (oldest first), aliases and the audit log.</summary>
public sealed record ModelSummary(string Model, IReadOnlyList<ModelVersionRecord> Versions, ImmutableSortedDictionary<string, string> Aliases, ImmutableArray<AuditEntry> Audit);
