namespace MlPlatform.Inference.Api.Endpoints;

/// <summary><c>GET /v2/health/ready</c> and the model ready endpoints.</summary>
public sealed record ReadyResponse(bool Ready);
