namespace MlPlatform.Inference.Rollout;

/// <summary>The outcome of comparing canary with stable over the window, with the figures behind it.</summary>
/// <param name="RollBack">True when the canary must be rolled back.</param>
/// <param name="Reason">Why (or why not): <c>error-rate</c>, <c>p99-latency</c>, <c>healthy</c>, <c>insufficient-data</c>.</param>
/// <param name="StableErrorRate">Stable's error rate in the window.</param>
/// <param name="CanaryErrorRate">Canary's error rate in the window.</param>
/// <param name="StableP99">Stable's p99 latency in the window.</param>
/// <param name="CanaryP99">Canary's p99 latency in the window.</param>
public sealed record RollbackVerdict(bool RollBack, string Reason, double StableErrorRate, double CanaryErrorRate, TimeSpan StableP99, TimeSpan CanaryP99);
