namespace MlPlatform.Registry;

/// <summary>
/// How much worse than the champion a challenger's canary may be: error rate at most the champion's plus
/// <paramref name="MaxErrorRateIncrease"/> (absolute), p95 at most <paramref name="MaxP95Ratio"/> × the champion's
/// (regressions under <paramref name="P95FloorSeconds"/> never fail: noise on a fast model), with at least
/// <paramref name="MinRequests"/> challenger requests (fewer is no evidence, and the gate fails).
/// </summary>
public sealed record CanaryTolerances(double MaxErrorRateIncrease = 0.01, double MaxP95Ratio = 1.10, double P95FloorSeconds = 0.005, double MinRequests = 100)
{
    public static CanaryTolerances Default { get; } = new();
}
