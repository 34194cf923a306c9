using Microsoft.Extensions.Time.Testing;
using MlPlatform.Inference.Rollout;

namespace MlPlatform.Inference.Tests.Rollout;

/// <summary>
/// Whole canary rollouts replayed in virtual time, evaluating after every canary answer as the engine does. Latencies
/// follow a shared-core shape: ~2 ms, 1.5 % scheduler hiccups of up to 3 ms more, 0.3 % pauses of 5–15 ms.
/// </summary>
public sealed class CanaryRollbackTrialsTests
{
    private const string Stable = "1";
    private const string Canary = "2";

    private sealed record Trial(bool RolledBack, TimeSpan? After, string? Reason);

    private static TimeSpan Latency(Random random, double extraMs)
    {
        var ms = 2.0 * Math.Exp(0.1 * Gaussian(random)) + extraMs;
        var roll = random.NextDouble();
        if (roll < 0.003)
        {
            ms += 5 + (10 * random.NextDouble());
        }
        else if (roll < 0.018)
        {
            ms += 3 * random.NextDouble();
        }

        return TimeSpan.FromMilliseconds(ms);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // requestsPerSecond of traffic for `duration`, `canaryShare` of it to the canary, which adds `canaryExtraMs` and fails
    // `canaryFailureRate` of its requests.
    private static Trial Run(RollbackSettings settings, int seed, double requestsPerSecond, double canaryShare, TimeSpan duration, double canaryExtraMs = 0, double canaryFailureRate = 0)
    {
        var time = new FakeTimeProvider();
        var started = time.GetUtcNow();
        var monitor = new CanaryMonitor(settings, time);
        var random = new Random(seed);
        var gap = TimeSpan.FromSeconds(1 / requestsPerSecond);
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += gap)
        {
            time.Advance(gap);
            if (random.NextDouble() >= canaryShare)
            {
                monitor.Record(Stable, false, Latency(random, 0));
                continue;
            }

            monitor.Record(Canary, random.NextDouble() < canaryFailureRate, Latency(random, canaryExtraMs));
            var verdict = monitor.Evaluate(Stable, Canary);
            if (verdict.RollBack)
            {
                return new Trial(true, time.GetUtcNow() - started, verdict.Reason);
            }
        }

        return new Trial(false, null, null);
    }

    private static readonly RollbackSettings Defaults = new();

    [Fact]
    public void AnIdenticalCanaryIsNeverRolledBackInOneHundredTrials()
    {
        var light = Enumerable.Range(0, 100).Select(seed => Run(Defaults, seed, requestsPerSecond: 5, canaryShare: 0.1, TimeSpan.FromMinutes(2))).ToArray();
        var busy = Enumerable.Range(100, 100).Select(seed => Run(Defaults, seed, requestsPerSecond: 50, canaryShare: 0.2, TimeSpan.FromMinutes(2))).ToArray();

        Assert.Equal(0, light.Count(t => t.RolledBack));
        Assert.Equal(0, busy.Count(t => t.RolledBack));
    }

    [Fact]
    public void TheSameTrafficRaisesFalseAlarmsWhenP99IsComparedOnFewSamplesWithoutBoundsOrFloor()
    {
        // The old rule: p99 point estimates from 20 requests, no floor. The trials above would fail under it.
        var naive = Defaults with { MinRequests = 20, P99MinSamples = 1, P99Confidence = 0.5, P99MinRegression = TimeSpan.Zero };

        var trials = Enumerable.Range(0, 100).Select(seed => Run(naive, seed, requestsPerSecond: 5, canaryShare: 0.1, TimeSpan.FromMinutes(2))).ToArray();

        Assert.True(trials.Count(t => t.RolledBack) >= 5, $"{trials.Count(t => t.RolledBack)} false alarms");
    }

    [Fact]
    public void ASlowerCanaryIsRolledBackWithinTheWindow()
    {
        var trials = Enumerable.Range(0, 20).Select(seed => Run(Defaults, seed, requestsPerSecond: 50, canaryShare: 0.2, TimeSpan.FromMinutes(2), canaryExtraMs: 8)).ToArray();

        Assert.All(trials, t => Assert.Equal((true, "p99-latency"), (t.RolledBack, t.Reason)));
        Assert.All(trials, t => Assert.True(t.After <= Defaults.Window, $"rolled back after {t.After}"));
    }

    [Fact]
    public void AFailingCanaryIsRolledBackWithinTheWindowEvenAtLightTraffic()
    {
        var trials = Enumerable.Range(0, 20).Select(seed => Run(Defaults, seed, requestsPerSecond: 5, canaryShare: 0.1, TimeSpan.FromMinutes(2), canaryFailureRate: 0.3)).ToArray();

        Assert.All(trials, t => Assert.Equal((true, "error-rate"), (t.RolledBack, t.Reason)));
        Assert.All(trials, t => Assert.True(t.After <= Defaults.Window, $"rolled back after {t.After}"));
    }
}
