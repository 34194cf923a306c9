namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>An entry of <c>POST /v2/repository/index</c>.</summary>
public sealed record RepositoryIndexEntry(string Name, string? Version, string State, string? Reason);
