namespace MlPlatform.Inference.Api.Endpoints;

/// <summary><c>GET /v2</c>.</summary>
public sealed record ServerMetadataResponse(string Name, string Version, IReadOnlyList<string> Extensions);
