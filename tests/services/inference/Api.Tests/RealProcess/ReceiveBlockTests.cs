using System.Net;
using Google.Protobuf;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using MlPlatform.Inference.Api.Grpc.V2;
using MlPlatform.Inference.Api.Hosting;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.RealProcess;

/// <summary>
/// Kestrel receives into the runtime's large blocks: tensors that span several blocks (and responses larger than one)
/// arrive byte for byte over real sockets, REST and gRPC, whatever the block size.
/// </summary>
public sealed class ReceiveBlockTests : IDisposable
{
    // 30,000 FP32 values per row: 120 KB, more than one 64 KiB block and many 4 KiB ones.
    private const int Width = 30_000;

    private readonly TempDirectory _repo = new();

    public ReceiveBlockTests()
    {
        _repo.Write("models/m/1/model.onnx", OnnxModelBuilder.Build("Identity", [("x", OnnxModelBuilder.Fp32, [-1, Width])], [("y", OnnxModelBuilder.Fp32, [-1, Width])]));
    }

    public void Dispose() => _repo.Dispose();

    private static float[] Values(int seed) => Enumerable.Range(0, Width).Select(i => (float)Math.Sin(i + seed)).ToArray();

    [Theory]
    [InlineData("4096")]
    [InlineData("65536")]
    [InlineData("0")]
    public async Task TensorsLargerThanABlockArriveIntactOverRestAndGrpc(string blockBytes)
    {
        await using var api = await ApiProcess.StartAsync(_repo.Path, new Dictionary<string, string> { ["Inference:ReceiveBlockBytes"] = blockBytes });
        using var channel = GrpcChannel.ForAddress(api.GrpcAddress);
        var grpc = new GRPCInferenceService.GRPCInferenceServiceClient(channel);

        var rest = await Task.WhenAll(Enumerable.Range(0, 4).Select(async seed =>
        {
            using var response = await api.Client.PostAsync(new Uri("/v2/models/m/infer", UriKind.Relative), Oip.Content([InferTensor.FromSingles("x", [1, Width], Values(seed))], binary: true, binaryOutputs: true));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await Oip.ReadAsync(response)).Outputs[0].ToSingles();
        }));
        var request = new ModelInferRequest { ModelName = "m" };
        var tensor = new ModelInferRequest.Types.InferInputTensor { Name = "x", Datatype = "FP32" };
        tensor.Shape.Add([1, Width]);
        request.Inputs.Add(tensor);
        request.RawInputContents.Add(ByteString.CopyFrom(InferTensor.FromSingles("x", [1, Width], Values(7)).Data.Span));
        var answer = await grpc.ModelInferAsync(request);

        for (var seed = 0; seed < rest.Length; seed++)
        {
            Assert.Equal(Values(seed), rest[seed]);
        }

        Assert.Equal(request.RawInputContents[0], answer.RawOutputContents[0]);
    }

    [Fact]
    public async Task TheServerGivesKestrelItsLargeBlockPoolUnlessTurnedOff()
    {
        await using var defaults = new InferenceApiFactory(_repo.Path);
        await using var off = new InferenceApiFactory(_repo.Path, new Dictionary<string, string?> { ["Inference:ReceiveBlockBytes"] = "0" });

        var factory = Assert.IsType<LargeBlockMemoryPoolFactory>(defaults.Services.GetRequiredService<IMemoryPoolFactory<byte>>());
        Assert.Equal(LargeBlockMemoryPool.DefaultBlockSize, factory.BlockSize);
        Assert.IsNotType<LargeBlockMemoryPoolFactory>(off.Services.GetRequiredService<IMemoryPoolFactory<byte>>());
    }
}
