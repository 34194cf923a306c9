namespace MlPlatform.Components.Kubernetes;

/// <summary>Shadow traffic: <paramref name="Percent"/> of the model's requests are copied to <paramref name="Version"/>; its answers are dropped.</summary>
public sealed record ModelShadow(string Version, int Percent);
