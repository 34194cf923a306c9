using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MlPlatform.Inference.Api.Grpc;
using MlPlatform.Inference.Api.Grpc.V2;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Grpc;

public sealed class GrpcBackPressureTests
{
    [Fact]
    public async Task AFullQueueAnswersResourceExhaustedWithRetryAfter()
    {
        await using var factory = new InferenceApiFactory(OcrModelRepository.Path, new Dictionary<string, string?>
        {
            ["Inference:Models:ocr-det:Batching:MaxBatchSize"] = "1",
            ["Inference:Models:ocr-det:Batching:MaxQueueSize"] = "1",
        });
        using var ready = await factory.ReadyClientAsync();
        using var channel = GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() });
        var client = new GRPCInferenceService.GRPCInferenceServiceClient(channel);
        var request = new ModelInferRequest { ModelName = "ocr-det" };
        var tensor = new ModelInferRequest.Types.InferInputTensor { Name = "x", Datatype = "FP32" };
        tensor.Shape.Add([1, 3, 320, 320]);
        request.Inputs.Add(tensor);
        request.RawInputContents.Add(ByteString.CopyFrom(new byte[3 * 320 * 320 * 4]));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ =>
        {
            try
            {
                await client.ModelInferAsync(request);
                return (StatusCode.OK, (string?)null);
            }
            catch (RpcException ex)
            {
                return (ex.StatusCode, ex.Trailers.GetValue(GrpcErrors.RetryAfterTrailer));
            }
        }));

        Assert.Contains(outcomes, o => o.Item1 == StatusCode.OK);
        Assert.Contains(outcomes, o => o == (StatusCode.ResourceExhausted, "1"));
        Assert.All(outcomes, o => Assert.True(o.Item1 is StatusCode.OK or StatusCode.ResourceExhausted, o.ToString()));
    }
}
