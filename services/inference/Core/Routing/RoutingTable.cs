namespace MlPlatform.Inference.Routing;

/// <summary>An immutable snapshot of where a model's traffic goes.</summary>
/// <param name="Stable">The version unpinned traffic goes to by default.</param>
/// <param name="Canary">The canary version, if any (and not rolled back).</param>
/// <param name="CanaryWeight">The canary's share of unpinned traffic.</param>
/// <param name="Shadow">The version that receives copies, if any.</param>
/// <param name="ShadowSampleRate">The share of requests copied to the shadow.</param>
/// <param name="LoadedVersions">Every version that can answer (pins may name any of them).</param>
public sealed record RoutingTable(
    string Stable,
    string? Canary,
    double CanaryWeight,
    string? Shadow,
    double ShadowSampleRate,
    IReadOnlySet<string> LoadedVersions);
