using System.Text;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Tests.Protocol;

public sealed class OipServerCodecTests
{
    private static InferenceRequest Decode(string json) => OipServerCodec.DecodeRequest(Encoding.UTF8.GetBytes(json), null);

    private static InferenceException Rejects(string json)
    {
        var ex = Assert.Throws<InferenceException>(() => Decode(json));
        Assert.Equal(InferenceErrorKind.BadRequest, ex.Kind);
        return ex;
    }

    [Theory]
    [InlineData("FP32", "[1.5, -2.25]", TensorDataType.Fp32, "[1.5,-2.25]")]
    [InlineData("FP64", "[1.5, -2.25]", TensorDataType.Fp64, "[1.5,-2.25]")]
    [InlineData("FP16", "[1.5, -2.25]", TensorDataType.Fp16, "[1.5,-2.25]")]
    [InlineData("INT64", "[9007199254740993, -1]", TensorDataType.I64, "[9007199254740993,-1]")]
    [InlineData("INT32", "[2147483647, -2]", TensorDataType.I32, "[2147483647,-2]")]
    [InlineData("INT16", "[32767, -2]", TensorDataType.I16, "[32767,-2]")]
    [InlineData("INT8", "[127, -128]", TensorDataType.I8, "[127,-128]")]
    [InlineData("UINT8", "[255, 0]", TensorDataType.U8, "[255,0]")]
    [InlineData("BOOL", "[true, false]", TensorDataType.Bool, "[true,false]")]
    [InlineData("BYTES", "[\"héllo\", \"\"]", TensorDataType.Bytes, "[\"h\\u00E9llo\",\"\"]")]
    public void JsonTensorsOfEveryTypeRoundTripThroughTheResponseEncoder(string datatype, string data, TensorDataType expected, string encoded)
    {
        var request = Decode($$"""{"inputs":[{"name":"x","datatype":"{{datatype}}","shape":[2],"data":{{data}}}]}""");

        var tensor = Assert.Single(request.Inputs);
        Assert.Equal(expected, tensor.DataType);
        Assert.Equal([2L], tensor.Shape);
        var response = OipServerCodec.EncodeResponse(new InferenceResponse("m", "1", null, [tensor], new HashSet<string>()));
        Assert.Null(response.JsonHeaderLength);
        Assert.Contains($"\"data\":{encoded}", Encoding.UTF8.GetString(response.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void NestedJsonDataIsFlattenedRowMajor()
    {
        var request = Decode("""{"inputs":[{"name":"x","datatype":"FP32","shape":[2,2],"data":[[1,2],[3,4]]}]}""");

        Assert.Equal([1f, 2f, 3f, 4f], request.Inputs[0].ToSingles());
    }

    [Fact]
    public void RequestedOutputsCarryTheirBinaryFlagOrTheRequestDefault()
    {
        var request = Decode("""{"parameters":{"binary_data_output":true},"inputs":[],"outputs":[{"name":"a"},{"name":"b","parameters":{"binary_data":false}}]}""");

        Assert.Equal([new RequestedOutput("a", true), new RequestedOutput("b", false)], request.Outputs);
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("[]", "body")]
    [InlineData("{}", "inputs")]
    [InlineData("""{"inputs":[{"datatype":"FP32","shape":[1],"data":[1]}]}""", "inputs[0].name")]
    [InlineData("""{"inputs":[{"name":"x","shape":[1],"data":[1]}]}""", "inputs[0].datatype")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"COMPLEX","shape":[1],"data":[1]}]}""", "inputs[0].datatype")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","data":[1]}]}""", "inputs[0].shape")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[-1],"data":[1]}]}""", "inputs[0].shape[0]")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[3],"data":[1,2]}]}""", "inputs[0].data")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[1],"data":[1,2]}]}""", "inputs[0].data")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[1]}]}""", "inputs[0].data")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"INT32","shape":[1],"data":[1.5]}]}""", "inputs[0].data[0]")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"INT8","shape":[1],"data":[300]}]}""", "inputs[0].data[0]")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"BOOL","shape":[1],"data":["yes"]}]}""", "inputs[0].data[0]")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"BYTES","shape":[1],"data":[1]}]}""", "inputs[0].data[0]")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[1],"data":[1]},{"name":"x","datatype":"FP32","shape":[1],"data":[1]}]}""", "inputs[1].name")]
    [InlineData("""{"inputs":[],"outputs":[{"nom":"y"}]}""", "outputs[0].name")]
    [InlineData("""{"inputs":[{"name":"x","datatype":"FP32","shape":[4611686018427387904,4],"data":[1]}]}""", "inputs[0].shape")]
    public void MalformedRequestsAreRejectedNamingTheField(string json, string field)
    {
        Assert.Equal(field, Rejects(json).Field);
    }

    [Fact]
    public void BinarySizeBeyondTheBodyIsRejectedNamingTheParameter()
    {
        var json = """{"inputs":[{"name":"x","datatype":"FP32","shape":[2],"parameters":{"binary_data_size":8}}]}""";
        var body = Encoding.UTF8.GetBytes(json).Concat(new byte[4]).ToArray();

        var ex = Assert.Throws<InferenceException>(() => OipServerCodec.DecodeRequest(body, Encoding.UTF8.GetByteCount(json)));

        Assert.Equal("inputs[0].parameters.binary_data_size", ex.Field);
    }

    [Fact]
    public void BinarySizeThatDisagreesWithTheShapeIsRejected()
    {
        var json = """{"inputs":[{"name":"x","datatype":"FP32","shape":[3],"parameters":{"binary_data_size":8}}]}""";
        var body = Encoding.UTF8.GetBytes(json).Concat(new byte[8]).ToArray();

        var ex = Assert.Throws<InferenceException>(() => OipServerCodec.DecodeRequest(body, Encoding.UTF8.GetByteCount(json)));

        Assert.Equal("inputs[0].parameters.binary_data_size", ex.Field);
        Assert.Contains("12", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingBinaryBytesThatNoInputClaimsAreRejected()
    {
        var json = """{"inputs":[{"name":"x","datatype":"FP32","shape":[1],"parameters":{"binary_data_size":4}}]}""";
        var body = Encoding.UTF8.GetBytes(json).Concat(new byte[12]).ToArray();

        Assert.Equal("body", Assert.Throws<InferenceException>(() => OipServerCodec.DecodeRequest(body, Encoding.UTF8.GetByteCount(json))).Field);
    }

    [Fact]
    public void HeaderLengthBeyondTheBodyIsRejectedNamingTheHeader()
    {
        var ex = Assert.Throws<InferenceException>(() => OipServerCodec.DecodeRequest(new byte[10], 11));

        Assert.Equal(OipHeaders.InferenceHeaderContentLength, ex.Field);
    }

    [Fact]
    public void TruncatedBytesElementsAreRejected()
    {
        var json = """{"inputs":[{"name":"x","datatype":"BYTES","shape":[1],"parameters":{"binary_data_size":6}}]}""";
        byte[] data = [10, 0, 0, 0, 65, 66];
        var body = Encoding.UTF8.GetBytes(json).Concat(data).ToArray();

        var ex = Assert.Throws<InferenceException>(() => OipServerCodec.DecodeRequest(body, Encoding.UTF8.GetByteCount(json)));

        Assert.Contains("declares 10 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonFiniteFloatsTravelAsStringsBothWays()
    {
        var tensor = InferTensor.FromSingles("y", [2], [float.NaN, float.PositiveInfinity]);
        var encoded = OipServerCodec.EncodeResponse(new InferenceResponse("m", "1", null, [tensor], new HashSet<string>()));
        var text = Encoding.UTF8.GetString(encoded.Body.Span);

        Assert.Contains("[\"NaN\",\"Infinity\"]", text, StringComparison.Ordinal);
        var back = Decode("""{"inputs":[{"name":"x","datatype":"FP32","shape":[2],"data":["NaN","Infinity"]}]}""");
        Assert.True(float.IsNaN(back.Inputs[0].ToSingles()[0]));
    }
}
