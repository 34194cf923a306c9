namespace MlPlatform.Stacks.Config;

/// <summary>Shadow traffic: <paramref name="Percent"/> of requests are mirrored to <paramref name="Version"/>.</summary>
public sealed record ShadowSpec(string Version, int Percent);
