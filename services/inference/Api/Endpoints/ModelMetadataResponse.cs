namespace MlPlatform.Inference.Api.Endpoints;

/// <summary><c>GET /v2/models/{name}[/versions/{version}]</c>.</summary>
public sealed record ModelMetadataResponse(string Name, IReadOnlyList<string> Versions, string Platform, IReadOnlyList<TensorMetadata> Inputs, IReadOnlyList<TensorMetadata> Outputs);
