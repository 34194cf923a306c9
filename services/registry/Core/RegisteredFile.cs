namespace MlPlatform.Registry;

/// <summary>One file of a version: its path inside the version folder, size and SHA-256.</summary>
public sealed record RegisteredFile(string Path, long Size, string Sha256);
