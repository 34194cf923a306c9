using System.Text;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Tests.Protocol;

/// <summary>The client codec (benchmark, tests) against the server codec: what one side writes, the other reads back.</summary>
public sealed class OipClientCodecTests
{
    [Fact]
    public void BinaryInputsAreSlicedInOrderFromAfterTheJsonHeader()
    {
        var a = InferTensor.FromSingles("a", [1, 2], [1f, 2f]);
        var b = InferTensor.FromStrings("b", [2], ["xy", "z"]);
        var encoded = OipClientCodec.EncodeRequest([a, b], binaryInputs: true, binaryOutputs: true, id: "r1");

        var request = OipServerCodec.DecodeRequest(encoded.Body, encoded.JsonHeaderLength);

        Assert.Equal("r1", request.Id);
        Assert.True(request.BinaryOutputByDefault);
        Assert.Equal([1f, 2f], request.Inputs[0].ToSingles());
        Assert.Equal(["xy", "z"], request.Inputs[1].ToByteElements().Select(e => Encoding.UTF8.GetString(e.Span)));
    }

    [Fact]
    public void BinaryOutputsAreAppendedAfterTheHeaderAndDecodeBack()
    {
        var y = InferTensor.FromSingles("y", [1, 3], [0.5f, 1f, -1f]);
        var z = InferTensor.FromSingles("z", [1], [7f]);
        var encoded = OipServerCodec.EncodeResponse(new InferenceResponse("m", "2", "id", [y, z], new HashSet<string> { "y" }));

        Assert.NotNull(encoded.JsonHeaderLength);
        Assert.Equal("application/octet-stream", encoded.ContentType);
        var decoded = OipClientCodec.DecodeResponse(encoded.Body, encoded.JsonHeaderLength);
        Assert.Equal("2", decoded.ModelVersion);
        Assert.Equal([0.5f, 1f, -1f], decoded.Outputs[0].ToSingles());
        Assert.Equal([7f], decoded.Outputs[1].ToSingles());
        Assert.Contains("y", decoded.BinaryOutputs);
        Assert.DoesNotContain("z", decoded.BinaryOutputs);
    }


    [Fact]
    public void JsonRequestsCarryTheirDataInlineAndNoHeaderLength()
    {
        var x = InferTensor.FromSingles("x", [2], [1.5f, float.NaN]);

        var encoded = OipClientCodec.EncodeRequest([x], binaryInputs: false, binaryOutputs: false);

        Assert.Null(encoded.JsonHeaderLength);
        var request = OipServerCodec.DecodeRequest(encoded.Body, encoded.JsonHeaderLength);
        Assert.Null(request.Id);
        Assert.False(request.BinaryOutputByDefault);
        var values = request.Inputs[0].ToSingles();
        Assert.Equal(1.5f, values[0]);
        Assert.True(float.IsNaN(values[1]));
    }

    [Fact]
    public void MalformedResponsesAreRejectedNamingTheOutput()
    {
        var body = Encoding.UTF8.GetBytes("""{"model_name":"m","model_version":"1","outputs":[{"name":"y","datatype":"FP32","shape":[2],"data":[1]}]}""");

        var ex = Assert.Throws<InferenceException>(() => OipClientCodec.DecodeResponse(body, null));

        Assert.Equal("outputs[0].data", ex.Field);
    }
}
