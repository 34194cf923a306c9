namespace MlPlatform.Registry;

/// <summary>What the runtime measured for one version: requests, failures, and the p95 latency of successful ones.</summary>
public sealed record CanaryObservation(string Version, double Requests, double Errors, double? P95Seconds)
{
    public double ErrorRate => Requests > 0 ? Errors / Requests : 0;
}
