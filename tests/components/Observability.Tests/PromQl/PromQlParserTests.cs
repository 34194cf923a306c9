namespace MlPlatform.Components.Observability.Tests.PromQl;

public sealed class PromQlParserTests
{
    [Theory]
    [InlineData("up", PromQlType.InstantVector)]
    [InlineData("42", PromQlType.Scalar)]
    [InlineData("-1.5e3", PromQlType.Scalar)]
    [InlineData("\"text\"", PromQlType.Text)]
    [InlineData("http_requests_total{code=~\"5..\", method!=\"GET\",}", PromQlType.InstantVector)]
    [InlineData("{__name__=\"up\", job=\"x\"}", PromQlType.InstantVector)]
    [InlineData("rate(http_requests_total[5m] offset 1h)", PromQlType.InstantVector)]
    [InlineData("max_over_time(rate(x_total[5m])[1h:5m])", PromQlType.InstantVector)]
    [InlineData("sum by (job) (rate(x_total[5m])) / ignoring (code) group_left sum without (code) (rate(y_total[5m]))", PromQlType.InstantVector)]
    [InlineData("a > bool on (team) group_right (pool) b", PromQlType.InstantVector)]
    [InlineData("topk(3, sum(rate(x_total[1m])) by (pod))", PromQlType.InstantVector)]
    [InlineData("2 ^ 3 ^ 2", PromQlType.Scalar)]
    [InlineData("1 > bool 2", PromQlType.Scalar)]
    [InlineData("scalar(sum(up)) * 2", PromQlType.Scalar)]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(d_bucket[5m])))", PromQlType.InstantVector)]
    [InlineData("quantile_over_time(0.9, x[10m])", PromQlType.InstantVector)]
    [InlineData("(max(up) or vector(0)) < 1", PromQlType.InstantVector)]
    [InlineData("a and on () day_of_month() >= 3", PromQlType.InstantVector)]
    [InlineData("x[5m:]", PromQlType.RangeVector)]
    public void ValidExpressionsParseWithTheirType(string expression, PromQlType type)
    {
        Assert.Equal(type, PromQlParser.Parse(expression).Type);
    }

    [Fact]
    public void MetricNamesAndFunctionsAreCollected()
    {
        var query = PromQlParser.Parse("sum by (team) (increase(cost_total{team!=\"\"}[1d])) / scalar(count({__name__=\"runs_total\"}))");

        Assert.Equal(["cost_total", "runs_total"], query.Metrics.Order(StringComparer.Ordinal));
        Assert.Equal(["increase", "scalar"], query.Functions.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sum(rate(x_total[5m])", "ended")]
    [InlineData("rate(x_total[5m]))", "unexpected ')'")]
    [InlineData("rate(x_total)", "range vector")]
    [InlineData("ratee(x_total[5m])", "unknown function 'ratee'")]
    [InlineData("x{a==\"b\"}", "expected")]
    [InlineData("x{a=b}", "quoted string")]
    [InlineData("x[5]", "duration")]
    [InlineData("x +", "end of expression")]
    [InlineData("a / group_left b", "group_left")]
    [InlineData("a + bool b", "'bool' only follows a comparison")]
    [InlineData("1 > 2", "needs 'bool'")]
    [InlineData("sum(x[5m])", "aggregates an instant vector")]
    [InlineData("x[5m] + 1", "cannot take a RangeVector")]
    [InlineData("sum(x) by (a) by (b)", "")]
    [InlineData("{}", "at least one matcher")]
    [InlineData("x{a=~\"(\"}", "invalid regular expression")]
    [InlineData("histogram_quantile(0.9)", "takes 2 arguments")]
    [InlineData("abs(x)[5m]", "selector only")]
    [InlineData("1 and 2", "instant vectors")]
    [InlineData("x{a=\"b}", "unterminated string")]
    public void MalformedExpressionsAreRejected(string expression, string problem)
    {
        var error = Assert.Throws<PromQlException>(() => PromQlParser.Parse(expression));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
