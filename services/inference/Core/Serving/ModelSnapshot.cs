using MlPlatform.Inference.Routing;

namespace MlPlatform.Inference.Serving;

/// <summary>An immutable view of a model: its routing table, its loaded versions and a rolled-back canary, swapped as a whole.</summary>
/// <param name="Table">Where traffic goes.</param>
/// <param name="Versions">Loaded versions by version name.</param>
/// <param name="RolledBackCanary">The canary version that was rolled back automatically, kept off until the canary alias moves.</param>
public sealed record ModelSnapshot(RoutingTable Table, IReadOnlyDictionary<string, LoadedModelVersion> Versions, string? RolledBackCanary);
