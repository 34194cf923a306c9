namespace MlPlatform.Registry.Tests;

public sealed class CanaryMetricsTests
{
    [Fact]
    public void AnIdenticalCanaryPassesAndASlowerOneFailsOnP95()
    {
        var text = Runtime(("1", 900, 2, [0.004, 0.008, 0.016]), ("2", 300, 1, [0.004, 0.008, 0.016])) + Runtime(("3", 300, 0, [0.030, 0.060, 0.120]));
        var samples = PrometheusText.Parse(text, "metrics");
        var champion = CanaryMetrics.Observe(samples, "m", "1");

        var same = CanaryMetrics.Judge(CanaryMetrics.Observe(samples, "m", "2"), champion, CanaryTolerances.Default);
        var slow = CanaryMetrics.Judge(CanaryMetrics.Observe(samples, "m", "3"), champion, CanaryTolerances.Default);

        Assert.All(same, g => Assert.True(g.Passed, g.ToString()));
        Assert.Contains(slow, g => g.Name == "canary_p95_seconds" && !g.Passed);
    }

    [Fact]
    public void AFailingCanaryFailsOnErrorRateAndTooFewRequestsAreNoEvidence()
    {
        var samples = PrometheusText.Parse(Runtime(("1", 1000, 1, [0.004, 0.008, 0.016]), ("2", 200, 40, [0.004, 0.008, 0.016]), ("3", 20, 0, [0.004, 0.008, 0.016])), "metrics");
        var champion = CanaryMetrics.Observe(samples, "m", "1");

        var failing = CanaryMetrics.Judge(CanaryMetrics.Observe(samples, "m", "2"), champion, CanaryTolerances.Default);
        var sparse = CanaryMetrics.Judge(CanaryMetrics.Observe(samples, "m", "3"), champion, CanaryTolerances.Default);

        Assert.Contains(failing, g => g.Name == "canary_error_rate" && !g.Passed && g.Measured == "0.2");
        Assert.Contains(sparse, g => g.Name == "canary_requests" && !g.Passed);
    }

    [Fact]
    public void TheQuantileInterpolatesInsideTheCrossingBucketAsPrometheusDoes()
    {
        // 100 observations: 50 ≤ 0.01, 90 ≤ 0.02, 100 ≤ 0.04 → p95 is halfway through (0.02, 0.04].
        var p95 = CanaryMetrics.Quantile([(0.01, 50), (0.02, 90), (0.04, 100), (double.PositiveInfinity, 100)], 0.95);

        Assert.Equal(0.03, p95!.Value, 6);
    }

    [Fact]
    public void ALineThatIsNotASampleIsNamedByNumber()
    {
        var error = Assert.Throws<RegistryException>(() => PrometheusText.Parse("# HELP x\nok_total 1\nbroken{model=\"m\" 3\n", "snapshot.txt"));

        Assert.StartsWith("snapshot.txt: line 3 is not a Prometheus sample", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accuracy>=0.92", "accuracy", ">=", 0.92)]
    [InlineData(" loss < 1e-3 ", "loss", "<", 0.001)]
    [InlineData("eval.f1!=0", "eval.f1", "!=", 0)]
    public void GatesParse(string text, string metric, string op, double threshold) =>
        Assert.Equal(new GateExpression(metric, op, threshold), GateExpression.Parse(text));

    [Theory]
    [InlineData("accuracy")]
    [InlineData("accuracy=>0.9")]
    [InlineData(">=0.9")]
    [InlineData("accuracy>=high")]
    public void AGateThatDoesNotParseSaysHowItShouldLook(string text)
    {
        var error = Assert.Throws<RegistryException>(() => GateExpression.Parse(text));

        Assert.Contains($"gate '{text}' does not parse", error.Message, StringComparison.Ordinal);
    }

    // The runtime's exposition: requests by outcome and a cumulative latency histogram per version.
    private static string Runtime(params (string Version, int Requests, int Errors, double[] Latencies)[] versions)
    {
        var lines = new List<string> { "# TYPE inference_requests_total counter" };
        foreach (var (version, requests, errors, latencies) in versions)
        {
            lines.Add($"inference_requests_total{{model=\"m\",version=\"{version}\",outcome=\"success\"}} {requests - errors}");
            lines.Add($"inference_requests_total{{model=\"m\",version=\"{version}\",outcome=\"model_error\"}} {errors}");
            // Half the successes under the first bound, 94 % under the second, all under the third.
            var ok = requests - errors;
            var counts = new[] { ok * 0.5, ok * 0.94, ok };
            for (var i = 0; i < latencies.Length; i++)
            {
                lines.Add(FormattableString.Invariant($"inference_request_duration_seconds_bucket{{model=\"m\",version=\"{version}\",le=\"{latencies[i]}\"}} {counts[i]}"));
            }

            lines.Add($"inference_request_duration_seconds_bucket{{model=\"m\",version=\"{version}\",le=\"+Inf\"}} {ok}");
        }

        return string.Join('\n', lines) + "\n";
    }
}
