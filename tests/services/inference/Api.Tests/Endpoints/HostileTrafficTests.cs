using System.Net;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Endpoints;

/// <summary>What unauthenticated junk can do to the server: no new metric series, no log flood, 400s for unrepresentable tensors.</summary>
public sealed class HostileTrafficTests(OcrApiFixture fixture) : IClassFixture<OcrApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[1],"data":[1e300]}]}""", "inputs[0].data[0]", "FP32 range")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP16","shape":[1],"data":[70000]}]}""", "inputs[0].data[0]", "FP16 range")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[2,2],"data":[[1,2,3],[4]]}]}""", "inputs[0].data[0]", "ragged")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[2,2],"data":[[1,2],3]}]}""", "inputs[0].data[1]", "ragged")]
    public async Task UnrepresentableJsonTensorsAre400sNamingTheInput(string body, string field, string problem)
    {
        using var response = await _client.PostAsync(new Uri("/v2/models/ocr-cls/infer", UriKind.Relative), Oip.Json(body));

        var error = await Oip.ErrorAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, error.Field);
        Assert.Contains("input 'x'", error.Error, StringComparison.Ordinal);
        Assert.Contains(problem, error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JunkVersionNamesAddNoMetricSeries()
    {
        for (var i = 0; i < 300; i++)
        {
            using var _ = await _client.PostAsync(new Uri($"/v2/models/ocr-cls/versions/junk{i}/infer", UriKind.Relative), Oip.Content([Oip.ClassifierInput(1)], binary: true));
            using var __ = await _client.PostAsync(new Uri($"/v2/models/junk{i}/infer", UriKind.Relative), Oip.Content([Oip.ClassifierInput(1)], binary: true));
        }

        var metrics = await _client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.DoesNotContain("junk", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("msquic", metrics, StringComparison.Ordinal);
        Assert.Contains("inference_requests_total{model=\"ocr-cls\",version=\"_unknown\",outcome=\"not_found\"}", metrics, StringComparison.Ordinal);
    }
}
