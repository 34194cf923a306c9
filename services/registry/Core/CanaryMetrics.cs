namespace MlPlatform.Registry;

/// <summary>
/// Reads a model's per-version request counts and latency histogram from the runtime's metrics
/// (<c>inference_requests_total{model,version,outcome}</c>, <c>inference_request_duration_seconds_bucket{model,version,le}</c>)
/// and judges a challenger's canary against the champion.
/// </summary>
public static class CanaryMetrics
{
    public const string RequestsMetric = "inference_requests_total";
    public const string DurationBuckets = "inference_request_duration_seconds_bucket";

    /// <summary>The observation of <paramref name="model"/> <paramref name="version"/> in <paramref name="samples"/>.</summary>
    public static CanaryObservation Observe(IReadOnlyList<PrometheusSample> samples, string model, string version)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var mine = samples.Where(s => s.Label("model") == model && s.Label("version") == version).ToList();
        var requests = mine.Where(s => s.Name == RequestsMetric).Sum(s => s.Value);
        var errors = mine.Where(s => s.Name == RequestsMetric && s.Label("outcome") != "success").Sum(s => s.Value);
        var buckets = mine.Where(s => s.Name == DurationBuckets && s.Label("le") is not null)
            .Select(s => (Le: ParseLe(s.Label("le")!), Count: s.Value))
            .Where(b => b.Le is not null)
            .Select(b => (Le: b.Le!.Value, b.Count))
            .OrderBy(b => b.Le)
            .ToList();
        return new CanaryObservation(version, requests, errors, Quantile(buckets, 0.95));
    }

    /// <summary>The gate results of <paramref name="challenger"/> against <paramref name="champion"/>.</summary>
    public static IReadOnlyList<GateResult> Judge(CanaryObservation challenger, CanaryObservation? champion, CanaryTolerances tolerances)
    {
        ArgumentNullException.ThrowIfNull(challenger);
        ArgumentNullException.ThrowIfNull(tolerances);
        var results = new List<GateResult>
        {
            new("canary_requests", F(challenger.Requests), $">={F(tolerances.MinRequests)}", challenger.Requests >= tolerances.MinRequests),
        };
        var baselineErrors = champion?.ErrorRate ?? 0;
        results.Add(new GateResult(
            "canary_error_rate",
            F(challenger.ErrorRate),
            $"<={F(baselineErrors + tolerances.MaxErrorRateIncrease)}, champion {F(baselineErrors)}",
            challenger.ErrorRate <= baselineErrors + tolerances.MaxErrorRateIncrease));
        if (champion?.P95Seconds is { } championP95 && challenger.P95Seconds is { } challengerP95)
        {
            var limit = Math.Max(championP95 * tolerances.MaxP95Ratio, championP95 + tolerances.P95FloorSeconds);
            results.Add(new GateResult("canary_p95_seconds", F(challengerP95), $"<={F(limit)}, champion {F(championP95)}", challengerP95 <= limit));
        }
        else
        {
            results.Add(new GateResult("canary_p95_seconds", challenger.P95Seconds is { } p ? F(p) : "none", "a latency histogram for both versions", false));
        }

        return results;
    }

    // Linear interpolation inside the bucket that crosses the rank, as Prometheus's histogram_quantile does.
    internal static double? Quantile(IReadOnlyList<(double Le, double Count)> buckets, double q)
    {
        if (buckets.Count == 0 || buckets[^1].Count <= 0)
        {
            return null;
        }

        var total = buckets[^1].Count;
        var rank = q * total;
        var previousLe = 0.0;
        var previousCount = 0.0;
        foreach (var (le, count) in buckets)
        {
            if (count >= rank)
            {
                if (double.IsPositiveInfinity(le))
                {
                    return previousLe;
                }

                var inBucket = count - previousCount;
                return inBucket <= 0 ? le : previousLe + ((le - previousLe) * ((rank - previousCount) / inBucket));
            }

            previousLe = le;
            previousCount = count;
        }

        return previousLe;
    }

    private static double? ParseLe(string text) =>
        text == "+Inf" ? double.PositiveInfinity
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string F(double value) => value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
