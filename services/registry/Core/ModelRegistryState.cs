using System.Collections.Immutable;

namespace MlPlatform.Registry;

/// <summary>
/// A model's mutable registry state in one document (<c>registry/&lt;m&gt;/state.json</c>): its aliases and the audit
/// log. One document, written conditionally, so an alias move and its audit line land together or not at all.
/// </summary>
public sealed record ModelRegistryState(ImmutableSortedDictionary<string, string> Aliases, ImmutableArray<AuditEntry> Audit)
{
    public static ModelRegistryState Empty { get; } = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal), []);
}
