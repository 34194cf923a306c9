using System.Text.Json.Serialization;

namespace MlPlatform.Inference.Api.Endpoints;

/// <summary><c>GET /v2/health/ready</c> and the model ready endpoints; <c>reason</c> says why not ready.</summary>
public sealed record ReadyResponse(bool Ready, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);
