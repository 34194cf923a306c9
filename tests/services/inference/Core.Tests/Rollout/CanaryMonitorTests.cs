using Microsoft.Extensions.Time.Testing;
using MlPlatform.Inference.Rollout;

namespace MlPlatform.Inference.Tests.Rollout;

public sealed class CanaryMonitorTests
{
    private readonly FakeTimeProvider _time = new();
    private static readonly RollbackSettings Settings = new() { Window = TimeSpan.FromSeconds(30), MinRequests = 10, ErrorRateMargin = 0.05, P99LatencyMargin = 0.5 };

    private CanaryMonitor Monitor() => new(Settings, _time);

    private static void Feed(CanaryMonitor monitor, string version, int count, int failures, TimeSpan latency)
    {
        for (var i = 0; i < count; i++)
        {
            monitor.Record(version, i < failures, latency);
        }
    }

    [Fact]
    public void ACanaryWhoseErrorRateExceedsStableByTheMarginIsRolledBack()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 100, 1, TimeSpan.FromMilliseconds(5));
        Feed(monitor, "2", 20, 2, TimeSpan.FromMilliseconds(5));

        var verdict = monitor.Evaluate("1", "2");

        Assert.True(verdict.RollBack);
        Assert.Equal("error-rate", verdict.Reason);
        Assert.Equal(0.1, verdict.CanaryErrorRate, 3);
    }

    [Fact]
    public void AnErrorRateWithinTheMarginIsHealthy()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 100, 2, TimeSpan.FromMilliseconds(5));
        Feed(monitor, "2", 100, 6, TimeSpan.FromMilliseconds(5));

        Assert.Equal("healthy", monitor.Evaluate("1", "2").Reason);
    }

    [Fact]
    public void ACanaryWhoseP99ExceedsStableByTheMarginIsRolledBack()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 500, 0, TimeSpan.FromMilliseconds(10));
        Feed(monitor, "2", 200, 0, TimeSpan.FromMilliseconds(16));

        var verdict = monitor.Evaluate("1", "2");

        Assert.True(verdict.RollBack);
        Assert.Equal("p99-latency", verdict.Reason);
        Assert.Equal(TimeSpan.FromMilliseconds(16), verdict.CanaryP99);
    }

    [Fact]
    public void AP99WithinTheMarginIsHealthy()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 500, 0, TimeSpan.FromMilliseconds(10));
        Feed(monitor, "2", 500, 0, TimeSpan.FromMilliseconds(14));

        Assert.False(monitor.Evaluate("1", "2").RollBack);
    }

    [Fact]
    public void AP99RegressionBelowTheAbsoluteFloorNeverRollsBack()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 500, 0, TimeSpan.FromMilliseconds(1));
        Feed(monitor, "2", 500, 0, TimeSpan.FromMilliseconds(4));

        var verdict = monitor.Evaluate("1", "2");

        Assert.False(verdict.RollBack);
        Assert.Equal(TimeSpan.FromMilliseconds(4), verdict.CanaryP99);
    }

    [Fact]
    public void AP99FromTooFewSamplesDecidesNothing()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 500, 0, TimeSpan.FromMilliseconds(2));
        Feed(monitor, "2", 99, 0, TimeSpan.FromMilliseconds(50));

        Assert.Equal("healthy", monitor.Evaluate("1", "2").Reason);
    }

    [Fact]
    public void StableSamplesFromBeforeTheCanaryStartedAreNotComparedWithIt()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 500, 0, TimeSpan.FromMilliseconds(1));
        _time.Advance(TimeSpan.FromSeconds(5));
        Feed(monitor, "1", 500, 0, TimeSpan.FromMilliseconds(20));
        Feed(monitor, "2", 500, 0, TimeSpan.FromMilliseconds(20));

        var verdict = monitor.Evaluate("1", "2");

        Assert.False(verdict.RollBack);
        Assert.Equal(TimeSpan.FromMilliseconds(20), verdict.StableP99);
    }

    [Fact]
    public void TooFewRequestsInTheWindowDecideNothing()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 100, 0, TimeSpan.FromMilliseconds(5));
        Feed(monitor, "2", 9, 9, TimeSpan.FromMilliseconds(5));

        Assert.Equal("insufficient-data", monitor.Evaluate("1", "2").Reason);
    }

    [Fact]
    public void OutcomesOlderThanTheWindowNoLongerCount()
    {
        var monitor = Monitor();
        Feed(monitor, "1", 20, 0, TimeSpan.FromMilliseconds(5));
        Feed(monitor, "2", 20, 20, TimeSpan.FromMilliseconds(5));
        _time.Advance(TimeSpan.FromSeconds(31));
        Feed(monitor, "1", 20, 0, TimeSpan.FromMilliseconds(5));
        Feed(monitor, "2", 20, 0, TimeSpan.FromMilliseconds(5));

        var verdict = monitor.Evaluate("1", "2");

        Assert.Equal("healthy", verdict.Reason);
        Assert.Equal(0, verdict.CanaryErrorRate);
    }

    [Fact]
    public void DisabledRollbackNeverRollsBack()
    {
        var monitor = new CanaryMonitor(Settings with { Enabled = false }, _time);
        Feed(monitor, "1", 20, 0, TimeSpan.FromMilliseconds(5));
        Feed(monitor, "2", 20, 20, TimeSpan.FromMilliseconds(5));

        Assert.False(monitor.Evaluate("1", "2").RollBack);
    }
}
