namespace MlPlatform.Stacks.Config;

/// <summary>A named, content-addressed dataset version.</summary>
public sealed record DatasetRef(string Name, string Version);
