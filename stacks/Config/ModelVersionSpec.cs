namespace MlPlatform.Stacks.Config;

/// <summary>A model version and the percentage of traffic it receives.</summary>
public sealed record ModelVersionSpec(string Version, int Weight);
