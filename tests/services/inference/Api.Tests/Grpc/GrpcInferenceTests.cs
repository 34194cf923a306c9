using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MlPlatform.Inference.Api.Grpc;
using MlPlatform.Inference.Api.Grpc.V2;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Grpc;

/// <summary>
/// <c>inference.GRPCInferenceService</c> driven by the client generated from the same proto, in-process over the real
/// OCR models (the h2c port of a real process is covered in <see cref="GrpcRealProcessTests"/>).
/// </summary>
public sealed class GrpcInferenceTests : IAsyncLifetime, IDisposable
{
    private readonly InferenceApiFactory _factory = new(OcrModelRepository.Path, new Dictionary<string, string?>
    {
        ["Inference:Batching:MaxQueueDelay"] = "00:00:00.005",
    });

    private GrpcChannel _channel = null!;
    private GRPCInferenceService.GRPCInferenceServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        using var ready = await _factory.ReadyClientAsync();
        _channel = GrpcChannel.ForAddress(_factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = _factory.Server.CreateHandler() });
        _client = new GRPCInferenceService.GRPCInferenceServiceClient(_channel);
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _factory.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    private static ModelInferRequest RawRequest(string model, InferTensor input)
    {
        var request = new ModelInferRequest { ModelName = model, Id = "req-1" };
        var tensor = new ModelInferRequest.Types.InferInputTensor { Name = input.Name, Datatype = input.DataType.ToProtocolName() };
        tensor.Shape.Add(input.Shape);
        request.Inputs.Add(tensor);
        request.RawInputContents.Add(ByteString.CopyFrom(input.Data.Span));
        return request;
    }

    [Fact]
    public async Task ServerIsLiveReadyAndDescribesItselfAndItsModels()
    {
        Assert.True((await _client.ServerLiveAsync(new ServerLiveRequest())).Live);
        Assert.True((await _client.ServerReadyAsync(new ServerReadyRequest())).Ready);
        Assert.Contains("binary_tensor_data", (await _client.ServerMetadataAsync(new ServerMetadataRequest())).Extensions);
        Assert.True((await _client.ModelReadyAsync(new ModelReadyRequest { Name = "ocr-cls", Version = "1" })).Ready);
        var metadata = await _client.ModelMetadataAsync(new ModelMetadataRequest { Name = "ocr-cls" });
        Assert.Equal(("ocr-cls", "onnxruntime_onnx", "x", "FP32"), (metadata.Name, metadata.Platform, metadata.Inputs[0].Name, metadata.Inputs[0].Datatype));
        Assert.Equal([-1L, 3, -1, -1], metadata.Inputs[0].Shape);
    }

    [Fact]
    public async Task RawAndTypedContentsGiveTheSameAnswerAsRest()
    {
        var input = Oip.ClassifierInput(2, seed: 3);
        using var rest = await _factory.CreateClient().PostAsync(new Uri("/v2/models/ocr-cls/infer", UriKind.Relative), Oip.Content([input], binary: true, binaryOutputs: true));
        var expected = (await Oip.ReadAsync(rest)).Outputs[0].ToSingles();

        var raw = await _client.ModelInferAsync(RawRequest("ocr-cls", input));
        var typed = new ModelInferRequest { ModelName = "ocr-cls" };
        var tensor = new ModelInferRequest.Types.InferInputTensor { Name = "x", Datatype = "FP32", Contents = new InferTensorContents() };
        tensor.Shape.Add(input.Shape);
        tensor.Contents.Fp32Contents.Add(input.ToSingles());
        typed.Inputs.Add(tensor);
        var typedAnswer = await _client.ModelInferAsync(typed);

        Assert.Equal(("ocr-cls", "1", "req-1"), (raw.ModelName, raw.ModelVersion, raw.Id));
        Assert.Equal([2L, 2], raw.Outputs[0].Shape);
        Assert.Equal(expected, new InferTensor("y", TensorDataType.Fp32, [2, 2], raw.RawOutputContents[0].ToByteArray()).ToSingles());
        Assert.Equal(expected, new InferTensor("y", TensorDataType.Fp32, [2, 2], typedAnswer.RawOutputContents[0].ToByteArray()).ToSingles());
    }

    [Fact]
    public async Task AnUnknownVersionPinnedInMetadataIsNotFoundNamingTheHeader()
    {
        var call = _client.ModelInferAsync(RawRequest("ocr-cls", Oip.ClassifierInput(1)), new Metadata { { "x-model-version", "7" } });

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("x-model-version", error.Trailers.GetValue(GrpcErrors.FieldTrailer));
    }

    [Theory]
    [InlineData("ocr-cls", "FP32", new long[] { 1, 3, 48 }, 1 * 3 * 48 * 4, "inputs[0].shape")]
    [InlineData("ocr-cls", "FP32", new long[] { 1, 3, 48, 192 }, 7, "raw_input_contents[0]")]
    [InlineData("ocr-cls", "INT64", new long[] { 1, 3, 48, 192 }, 1 * 3 * 48 * 192 * 8, "inputs[0].datatype")]
    [InlineData("nope", "FP32", new long[] { 1, 3, 48, 192 }, 1 * 3 * 48 * 192 * 4, "model_name")]
    public async Task BadRequestsGetTheMatchingStatusNamingTheField(string model, string datatype, long[] shape, int bytes, string field)
    {
        var request = new ModelInferRequest { ModelName = model };
        var tensor = new ModelInferRequest.Types.InferInputTensor { Name = "x", Datatype = datatype };
        tensor.Shape.Add(shape);
        request.Inputs.Add(tensor);
        request.RawInputContents.Add(ByteString.CopyFrom(new byte[bytes]));

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ModelInferAsync(request).ResponseAsync);

        Assert.Equal(model == "nope" ? StatusCode.NotFound : StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, error.Trailers.GetValue(GrpcErrors.FieldTrailer));
    }
}
