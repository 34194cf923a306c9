using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Observability;
using MlPlatform.Testing.Metrics;
using System.Globalization;

namespace MlPlatform.Inference.Api.Tests.Endpoints;

/// <summary>The runtime's real <c>/metrics</c> against <c>tests/metric-catalogue/inference.txt</c>.</summary>
public sealed class MetricCatalogueTests(OcrApiFixture fixture) : IClassFixture<OcrApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task CatalogueListsExactlyTheInferenceMetricsTheRuntimeExposes()
    {
        var text = await ScrapeAfterOneRequest();
        Assert.Empty(MetricCatalogue.Problems("inference", text, "inference_", "http_"));
    }

    [Fact]
    public async Task EveryLatencySloBoundIsABucketOfTheRequestDurationHistogram()
    {
        var text = await ScrapeAfterOneRequest();
        foreach (var bound in InferenceMetrics.LatencySloBounds)
        {
            Assert.Contains($"inference_request_duration_seconds_bucket{{model=\"ocr-cls\",version=\"1\",le=\"{bound.ToString(CultureInfo.InvariantCulture)}\"}}", text, StringComparison.Ordinal);
        }
    }

    private async Task<string> ScrapeAfterOneRequest()
    {
        using var response = await _client.PostAsync(new Uri("/v2/models/ocr-cls/infer", UriKind.Relative), Oip.Content([Oip.ClassifierInput(1)], binary: true));
        await Oip.ReadAsync(response);
        return await _client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
    }
}
