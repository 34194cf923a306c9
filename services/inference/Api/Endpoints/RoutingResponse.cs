namespace MlPlatform.Inference.Api.Endpoints;

/// <summary><c>GET /v2/models/{name}/routing</c>: where traffic goes and the canary's standing.</summary>
public sealed record RoutingResponse(
    string Name,
    string Stable,
    string? Canary,
    double CanaryWeight,
    string? Shadow,
    double ShadowSampleRate,
    string? RolledBackCanary,
    IReadOnlyList<string> Versions);
