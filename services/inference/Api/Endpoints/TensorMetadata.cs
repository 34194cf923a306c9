namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>A tensor in model metadata.</summary>
public sealed record TensorMetadata(string Name, string Datatype, IReadOnlyList<long> Shape);
