namespace MlPlatform.Registry;

/// <summary>A registration's result: the version (new, or the existing one with the same content).</summary>
public sealed record RegisterOutcome(ModelVersionRecord Record, bool Created);
