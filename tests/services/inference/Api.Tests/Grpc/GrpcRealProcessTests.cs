using Google.Protobuf;
using Grpc.Net.Client;
using MlPlatform.Inference.Api.Grpc.V2;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Grpc;

/// <summary>The built server's own gRPC port: HTTP/2 with prior knowledge (h2c), as Triton and KServe clients connect.</summary>
public sealed class GrpcRealProcessTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task TheGrpcPortServesInferenceOverCleartextHttp2BesideRest()
    {
        _repo.Write("models/m/1/model.onnx", OnnxModelBuilder.Build("Neg", [("x", OnnxModelBuilder.Fp32, [-1, 2])], [("y", OnnxModelBuilder.Fp32, [-1, 2])]));
        await using var api = await ApiProcess.StartAsync(_repo.Path, new Dictionary<string, string>());
        using var channel = GrpcChannel.ForAddress(api.GrpcAddress);
        var client = new GRPCInferenceService.GRPCInferenceServiceClient(channel);
        var request = new ModelInferRequest { ModelName = "m" };
        var tensor = new ModelInferRequest.Types.InferInputTensor { Name = "x", Datatype = "FP32" };
        tensor.Shape.Add([1, 2]);
        request.Inputs.Add(tensor);
        request.RawInputContents.Add(ByteString.CopyFrom(BitConverter.GetBytes(1.5f).Concat(BitConverter.GetBytes(-2f)).ToArray()));

        Assert.True((await client.ServerReadyAsync(new ServerReadyRequest())).Ready);
        var answer = await client.ModelInferAsync(request);

        var values = answer.RawOutputContents[0].ToByteArray();
        Assert.Equal((-1.5f, 2f), (BitConverter.ToSingle(values, 0), BitConverter.ToSingle(values, 4)));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.Client.GetAsync(new Uri("/v2/health/ready", UriKind.Relative))).StatusCode);
        Assert.Contains("inference_requests_total{model=\"m\",version=\"1\",outcome=\"success\"} 1", await api.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative)), StringComparison.Ordinal);
    }
}
