namespace MlPlatform.Inference.Api.Endpoints;

/// <summary><c>GET /v2/health/live</c>.</summary>
public sealed record LiveResponse(bool Live);
