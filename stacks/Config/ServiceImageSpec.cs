namespace MlPlatform.Stacks.Config;

/// <summary>A container image referenced by digest (<c>repository@sha256:…</c>) and the version label it carries.</summary>
public sealed record ServiceImageSpec(string Image, string Version);
