using System.Net.Http.Json;
using System.Text.Json;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Endpoints;

/// <summary>Element types, multiple inputs and outputs, and dynamic dimensions over HTTP JSON, on generated models.</summary>
public sealed class ElementTypeApiTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _repo = new();
    private InferenceApiFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _repo.Write("models/id-fp16/1/model.onnx", OnnxModelBuilder.Identity(OnnxModelBuilder.Fp16, -1, -1));
        _repo.Write("models/id-int64/1/model.onnx", OnnxModelBuilder.Identity(OnnxModelBuilder.I64, -1, -1));
        _repo.Write("models/id-int32/1/model.onnx", OnnxModelBuilder.Identity(OnnxModelBuilder.I32, -1, -1));
        _repo.Write("models/id-bool/1/model.onnx", OnnxModelBuilder.Identity(OnnxModelBuilder.Boolean, -1, -1));
        _repo.Write("models/id-string/1/model.onnx", OnnxModelBuilder.Identity(OnnxModelBuilder.Str, -1, -1));
        _repo.Write("models/add/1/model.onnx", OnnxModelBuilder.AddWithPassThrough(OnnxModelBuilder.Fp32, -1, -1));
        _factory = new InferenceApiFactory(_repo.Path);
        _client = await _factory.ReadyClientAsync();
    }

    [Theory]
    [InlineData("id-fp16", "FP16", "[[0.5,-2],[1024,0.25]]", "[0.5,-2,1024,0.25]")]
    [InlineData("id-int64", "INT64", "[[9007199254740993,-1],[0,7]]", "[9007199254740993,-1,0,7]")]
    [InlineData("id-int32", "INT32", "[[1,-2],[3,-4]]", "[1,-2,3,-4]")]
    [InlineData("id-bool", "BOOL", "[[true,false],[false,true]]", "[true,false,false,true]")]
    [InlineData("id-string", "BYTES", "[[\"a\",\"bc\"],[\"\",\"d\"]]", "[\"a\",\"bc\",\"\",\"d\"]")]
    public async Task ElementTypesTheModelsUseRoundTripThroughJson(string model, string datatype, string data, string expected)
    {
        using var response = await _client.PostAsync(new Uri($"/v2/models/{model}/infer", UriKind.Relative), Oip.Json($$"""{"inputs":[{"name":"x","datatype":"{{datatype}}","shape":[2,2],"data":{{data}}}]}"""));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var output = body.GetProperty("outputs")[0];
        Assert.Equal(datatype, output.GetProperty("datatype").GetString());
        Assert.Equal("[2,2]", output.GetProperty("shape").GetRawText());
        Assert.Equal(expected, output.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task MultipleInputsAndRequestedOutputsWithDynamicDimensions()
    {
        const string request = """
            {"id":"req-7",
             "inputs":[{"name":"b","datatype":"FP32","shape":[1,3],"data":[10,20,30]},{"name":"a","datatype":"FP32","shape":[1,3],"data":[1,2,3]}],
             "outputs":[{"name":"sum"},{"name":"a_out","parameters":{"binary_data":true}}]}
            """;

        var answer = await Oip.ReadAsync(await _client.PostAsync(new Uri("/v2/models/add/infer", UriKind.Relative), Oip.Json(request)));

        Assert.Equal("req-7", answer.Id);
        Assert.Equal(["sum", "a_out"], answer.Outputs.Select(o => o.Name));
        Assert.Equal([11f, 22f, 33f], answer.Outputs[0].ToSingles());
        Assert.Equal([1f, 2f, 3f], answer.Outputs[1].ToSingles());
        Assert.Equal(["a_out"], answer.BinaryOutputs);
    }

    [Fact]
    public async Task InputsWithDifferentBatchSizesAreRejectedNamingTheDimension()
    {
        using var response = await _client.PostAsync(
            new Uri("/v2/models/add/infer", UriKind.Relative),
            Oip.Json("""{"inputs":[{"name":"a","datatype":"FP32","shape":[1,1],"data":[1]},{"name":"b","datatype":"FP32","shape":[2,1],"data":[1,2]}]}"""));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("inputs[1].shape[0]", (await Oip.ErrorAsync(response)).Field);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    public void Dispose() => _repo.Dispose();
}
