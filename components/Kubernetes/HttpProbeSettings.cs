namespace MlPlatform.Components.Kubernetes;

/// <summary>An HTTP GET probe on a container port.</summary>
public sealed record HttpProbeSettings(string Path, int Port, int InitialDelaySeconds, int PeriodSeconds, int TimeoutSeconds, int FailureThreshold);
