namespace MlPlatform.Inference.Serving;

/// <summary>What a (re)load of a model did.</summary>
/// <param name="Model">The model.</param>
/// <param name="Stable">The stable version now serving.</param>
/// <param name="Canary">The canary version, if any.</param>
/// <param name="Shadow">The shadow version, if any.</param>
/// <param name="Loaded">Versions newly loaded and warmed up.</param>
/// <param name="Unloaded">Versions retired.</param>
public sealed record ModelLoadResult(string Model, string Stable, string? Canary, string? Shadow, IReadOnlyList<string> Loaded, IReadOnlyList<string> Unloaded);
