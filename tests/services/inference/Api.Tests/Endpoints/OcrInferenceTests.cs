using MlPlatform.Inference.Tests.Support;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Api.Tests.Endpoints;

/// <summary>End to end in-process over the real PaddleOCR models.</summary>
public sealed class OcrInferenceTests(OcrApiFixture fixture) : IClassFixture<OcrApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private Task<HttpResponseMessage> Infer(string path, HttpContent content) => _client.PostAsync(new Uri(path, UriKind.Relative), content);

    [Fact]
    public async Task ServerIsLiveReadyAndDescribesItself()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/v2/health/live", UriKind.Relative))).StatusCode);
        var ready = await _client.GetFromJsonAsync<JsonElement>(new Uri("/v2/health/ready", UriKind.Relative));
        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
        var server = await _client.GetFromJsonAsync<JsonElement>(new Uri("/v2", UriKind.Relative));
        Assert.Contains("binary_tensor_data", server.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("ocr-cls", "softmax_0.tmp_0")]
    [InlineData("ocr-det", "sigmoid_0.tmp_0")]
    [InlineData("ocr-rec", "softmax_11.tmp_0")]
    public async Task ModelMetadataListsVersionsAndDynamicShapes(string model, string output)
    {
        var metadata = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/v2/models/{model}", UriKind.Relative));

        Assert.Equal(["1"], metadata.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        var input = metadata.GetProperty("inputs")[0];
        Assert.Equal(("x", "FP32", -1L), (input.GetProperty("name").GetString(), input.GetProperty("datatype").GetString(), input.GetProperty("shape")[0].GetInt64()));
        Assert.Equal(output, metadata.GetProperty("outputs")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri($"/v2/models/{model}/versions/1/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task JsonAndBinaryRequestsGiveTheSameClassifierAnswer()
    {
        var input = Oip.ClassifierInput(1);

        var json = await Oip.ReadAsync(await Infer("/v2/models/ocr-cls/infer", Oip.Content([input], binary: false)));
        var binary = await Oip.ReadAsync(await Infer("/v2/models/ocr-cls/versions/1/infer", Oip.Content([input], binary: true, binaryOutputs: true)));

        Assert.Equal(("ocr-cls", "1"), (json.ModelName, json.ModelVersion));
        Assert.Empty(json.BinaryOutputs);
        Assert.Contains("softmax_0.tmp_0", binary.BinaryOutputs);
        Assert.Equal([1L, 2], json.Outputs[0].Shape);
        var a = json.Outputs[0].ToSingles();
        var b = binary.Outputs[0].ToSingles();
        Assert.Equal(1f, a[0] + a[1], 3);
        Assert.Equal(a[0], b[0], 5);
        Assert.Equal(a[1], b[1], 5);
    }

    [Fact]
    public async Task ConcurrentRequestsBatchedTogetherGetTheSameAnswersAsAlone()
    {
        var inputs = Enumerable.Range(0, 6).Select(i => Oip.ClassifierInput(1 + (i % 2), seed: i)).ToArray();
        var alone = new List<float[]>();
        foreach (var input in inputs)
        {
            alone.Add((await Oip.ReadAsync(await Infer("/v2/models/ocr-cls/infer", Oip.Content([input], binary: true, binaryOutputs: true)))).Outputs[0].ToSingles());
        }

        var together = await Task.WhenAll(inputs.Select(async input => (await Oip.ReadAsync(await Infer("/v2/models/ocr-cls/infer", Oip.Content([input], binary: true, binaryOutputs: true)))).Outputs[0]));

        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal([inputs[i].Shape[0], 2], together[i].Shape);
            var values = together[i].ToSingles();
            for (var j = 0; j < values.Length; j++)
            {
                Assert.Equal(alone[i][j], values[j], 4);
            }
        }
    }

    [Fact]
    public async Task DetectionAndRecognitionModelsAnswerWithTheirShapes()
    {
        var detInput = InferTensor.FromSingles("x", [1, 3, 64, 96], new float[3 * 64 * 96]);
        var recInput = InferTensor.FromSingles("x", [1, 3, 48, 160], Enumerable.Range(0, 3 * 48 * 160).Select(i => (i % 13) / 13f).ToArray());

        var det = await Oip.ReadAsync(await Infer("/v2/models/ocr-det/infer", Oip.Content([detInput], binary: true, binaryOutputs: true)));
        var rec = await Oip.ReadAsync(await Infer("/v2/models/ocr-rec/infer", Oip.Content([recInput], binary: true, binaryOutputs: true)));

        Assert.Equal([1L, 1, 64, 96], det.Outputs[0].Shape);
        Assert.All(det.Outputs[0].ToSingles(), p => Assert.InRange(p, 0f, 1f));
        Assert.Equal(3, rec.Outputs[0].Shape.Length);
        Assert.Equal(6625, rec.Outputs[0].Shape[2]);
    }

    public static TheoryData<string, string, HttpStatusCode, string> BadRequests => new()
    {
        { "/v2/models/nope/infer", """{"inputs":[]}""", HttpStatusCode.NotFound, "model_name" },
        { "/v2/models/ocr-cls/versions/9/infer", """{"inputs":[]}""", HttpStatusCode.NotFound, "model_version" },
        { "/v2/models/ocr-cls/infer", "{not json", HttpStatusCode.BadRequest, "body" },
        { "/v2/models/ocr-cls/infer", """{"inputs":[]}""", HttpStatusCode.BadRequest, "inputs" },
        { "/v2/models/ocr-cls/infer", """{"inputs":[{"name":"x","datatype":"FP64","shape":[1,3,2,2],"data":[1,2,3,4,5,6,7,8,9,10,11,12]}]}""", HttpStatusCode.BadRequest, "inputs[0].datatype" },
        { "/v2/models/ocr-cls/infer", """{"inputs":[{"name":"x","datatype":"FP32","shape":[1,12],"data":[1,2,3,4,5,6,7,8,9,10,11,12]}]}""", HttpStatusCode.BadRequest, "inputs[0].shape" },
        { "/v2/models/ocr-cls/infer", """{"inputs":[{"name":"x","datatype":"FP32","shape":[1,4,1,3],"data":[1,2,3,4,5,6,7,8,9,10,11,12]}]}""", HttpStatusCode.BadRequest, "inputs[0].shape[1]" },
        { "/v2/models/ocr-cls/infer", """{"inputs":[{"name":"x","datatype":"FP32","shape":[1,3,2,2],"data":[1,2,3]}]}""", HttpStatusCode.BadRequest, "inputs[0].data" },
        { "/v2/models/ocr-cls/infer", """{"inputs":[{"name":"image","datatype":"FP32","shape":[1],"data":[1]}]}""", HttpStatusCode.BadRequest, "inputs[0].name" },
        { "/v2/models/ocr-cls/infer", """{"inputs":[{"name":"x","datatype":"FP32","shape":[1,3,1,1],"data":[1,2,3]}],"outputs":[{"name":"logits"}]}""", HttpStatusCode.BadRequest, "outputs[0].name" },
        { "/v2/models/ocr-cls/infer", """{"inputs":[{"name":"x","datatype":"FP32","shape":[0,3,1,1],"data":[]}]}""", HttpStatusCode.BadRequest, "inputs[0].shape[0]" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInputIsAnsweredWith4xxNamingTheFieldNever500(string path, string body, HttpStatusCode status, string field)
    {
        using var response = await Infer(path, Oip.Json(body));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(field, (await Oip.ErrorAsync(response)).Field);
    }

    [Fact]
    public async Task OversizedBodyIsRejectedWith400NamingTheLimit()
    {
        using var response = await Infer("/v2/models/ocr-cls/infer", Oip.Content([Oip.ClassifierInput(20)], binary: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (field, error) = await Oip.ErrorAsync(response);
        Assert.Equal("body", field);
        Assert.Contains("2000000", error, StringComparison.Ordinal);
        Assert.Contains("Inference:MaxRequestBodyBytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedBinaryHeaderLengthIsRejectedNamingTheHeader()
    {
        var content = Oip.Json("""{"inputs":[]}""");
        content.Headers.Add("Inference-Header-Content-Length", "abc");

        using var response = await Infer("/v2/models/ocr-cls/infer", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Inference-Header-Content-Length", (await Oip.ErrorAsync(response)).Field);
    }

    [Fact]
    public async Task AnUnknownPinnedVersionHeaderIsNotFoundNamingTheHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v2/models/ocr-cls/infer", UriKind.Relative)) { Content = Oip.Content([Oip.ClassifierInput(1)], binary: true) };
        request.Headers.Add("x-model-version", "42");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("x-model-version", (await Oip.ErrorAsync(response)).Field);
    }

    [Fact]
    public async Task PrometheusMetricsNameModelAndVersion()
    {
        await Oip.ReadAsync(await Infer("/v2/models/ocr-cls/infer", Oip.Content([Oip.ClassifierInput(1)], binary: true)));

        var metrics = await _client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        foreach (var name in new[] { "inference_requests_total", "inference_request_duration_seconds_bucket", "inference_queue_depth", "inference_queue_wait_seconds_bucket", "inference_batch_size_bucket", "inference_compute_seconds_bucket", "inference_model_ready" })
        {
            Assert.Contains($"{name}{{model=\"ocr-cls\",version=\"1\"", metrics, StringComparison.Ordinal);
        }
    }
}
