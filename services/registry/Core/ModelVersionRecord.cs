using System.Collections.Immutable;

namespace MlPlatform.Registry;

/// <summary>
/// What the registry knows of one immutable version (<c>models/&lt;m&gt;/&lt;v&gt;/registry.json</c> beside the artifact,
/// readable by apps): its content digest, files, lineage, offline metrics and who registered it when.
/// </summary>
/// <param name="Digest"><c>sha256:</c> of the sorted file list (path, size, file SHA-256): the version's identity.</param>
/// <param name="Lineage">Where it came from: <see cref="LineageKeys"/> and any other key the registrant gave.</param>
/// <param name="Metrics">Offline evaluation results the promotion gates read.</param>
public sealed record ModelVersionRecord(
    string Model,
    string Version,
    string Digest,
    ImmutableArray<RegisteredFile> Files,
    ImmutableSortedDictionary<string, string> Lineage,
    ImmutableSortedDictionary<string, double> Metrics,
    string RegisteredBy,
    DateTimeOffset RegisteredAt);
