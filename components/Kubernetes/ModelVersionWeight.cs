namespace MlPlatform.Components.Kubernetes;

/// <summary>A model version and the share of the model's traffic it receives, in percent; 0 keeps it deployed but idle (rollback).</summary>
public sealed record ModelVersionWeight(string Version, int Weight);
