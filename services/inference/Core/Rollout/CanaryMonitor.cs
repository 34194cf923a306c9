namespace MlPlatform.Inference.Rollout;

/// <summary>
/// Keeps a sliding window of outcomes per version and decides whether a canary is worse than stable by the configured
/// margins (error rate or p99 latency). Thread-safe; time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class CanaryMonitor
{
    private const int MaxSamplesPerVersion = 20_000;
    private readonly RollbackSettings _settings;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Sample>> _samples = new(StringComparer.Ordinal);

    /// <summary>Creates the monitor.</summary>
    public CanaryMonitor(RollbackSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        _settings = settings;
        _time = time;
    }

    /// <summary>Records one answered request of <paramref name="version"/>.</summary>
    public void Record(string version, bool failed, TimeSpan latency)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_samples.TryGetValue(version, out var queue))
            {
                queue = new Queue<Sample>();
                _samples[version] = queue;
            }

            queue.Enqueue(new Sample(now, failed, latency));
            Trim(queue, now);
        }
    }

    /// <summary>Forgets a version's samples (after a rollback or when it is unloaded).</summary>
    public void Forget(string version)
    {
        lock (_gate)
        {
            _samples.Remove(version);
        }
    }

    /// <summary>
    /// Compares <paramref name="canary"/> against <paramref name="stable"/> over the same stretch of time: the window, cut
    /// to start at the later of the two versions' first samples, so a canary that joined recently is not judged against
    /// stable's samples from a quieter (or busier) minute. The error rate counts once both have
    /// <see cref="RollbackSettings.MinRequests"/>; p99 once both have <see cref="RollbackSettings.P99MinSamples"/> successes,
    /// and only a regression above both the margin and <see cref="RollbackSettings.P99MinRegression"/> rolls back.
    /// </summary>
    public RollbackVerdict Evaluate(string stable, string canary)
    {
        var now = _time.GetUtcNow();
        Sample[] s;
        Sample[] c;
        lock (_gate)
        {
            s = Snapshot(stable, now);
            c = Snapshot(canary, now);
        }

        if (s.Length > 0 && c.Length > 0)
        {
            var from = s[0].At > c[0].At ? s[0].At : c[0].At;
            s = s.SkipWhile(x => x.At < from).ToArray();
            c = c.SkipWhile(x => x.At < from).ToArray();
        }

        var stableErrors = s.Length == 0 ? 0 : (double)s.Count(x => x.Failed) / s.Length;
        var canaryErrors = c.Length == 0 ? 0 : (double)c.Count(x => x.Failed) / c.Length;
        var (stableP99, stableSuccesses) = P99(s);
        var (canaryP99, canarySuccesses) = P99(c);
        if (!_settings.Enabled || s.Length < _settings.MinRequests || c.Length < _settings.MinRequests)
        {
            return new RollbackVerdict(false, "insufficient-data", stableErrors, canaryErrors, stableP99, canaryP99);
        }

        if (canaryErrors - stableErrors > _settings.ErrorRateMargin)
        {
            return new RollbackVerdict(true, "error-rate", stableErrors, canaryErrors, stableP99, canaryP99);
        }

        if (stableSuccesses >= _settings.P99MinSamples && canarySuccesses >= _settings.P99MinSamples
            && IsP99Regression(Successes(s), Successes(c)))
        {
            return new RollbackVerdict(true, "p99-latency", stableErrors, canaryErrors, stableP99, canaryP99);
        }

        return new RollbackVerdict(false, "healthy", stableErrors, canaryErrors, stableP99, canaryP99);
    }

    private bool IsP99Regression(long[] stable, long[] canary)
    {
        var alpha = 1 - _settings.P99Confidence;
        var canaryLower = canary[Math.Max(0, QuantileRanks.Lower(canary.Length, 0.99, alpha) - 1)];
        var stableUpper = stable[QuantileRanks.Upper(stable.Length, 0.99, alpha) - 1];
        return canaryLower > stableUpper * (1 + _settings.P99LatencyMargin)
            && TimeSpan.FromTicks(canaryLower - stableUpper) > _settings.P99MinRegression;
    }

    private static long[] Successes(Sample[] samples) => samples.Where(x => !x.Failed).Select(x => x.Latency.Ticks).Order().ToArray();

    /// <summary>The 99th percentile (nearest rank) of successful requests' latency.</summary>
    private static (TimeSpan P99, int Successes) P99(Sample[] samples)
    {
        var latencies = samples.Where(x => !x.Failed).Select(x => x.Latency.Ticks).Order().ToArray();
        if (latencies.Length == 0)
        {
            return (TimeSpan.Zero, 0);
        }

        var rank = (int)Math.Ceiling(0.99 * latencies.Length) - 1;
        return (TimeSpan.FromTicks(latencies[Math.Clamp(rank, 0, latencies.Length - 1)]), latencies.Length);
    }

    private Sample[] Snapshot(string version, DateTimeOffset now)
    {
        if (!_samples.TryGetValue(version, out var queue))
        {
            return [];
        }

        Trim(queue, now);
        return queue.ToArray();
    }

    private void Trim(Queue<Sample> queue, DateTimeOffset now)
    {
        while (queue.Count > 0 && (now - queue.Peek().At > _settings.Window || queue.Count > MaxSamplesPerVersion))
        {
            queue.Dequeue();
        }
    }

    private readonly record struct Sample(DateTimeOffset At, bool Failed, TimeSpan Latency);
}
