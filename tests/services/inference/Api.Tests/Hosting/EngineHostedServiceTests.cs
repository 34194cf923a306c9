using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MlPlatform.Inference.Api.Hosting;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Serving;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Hosting;

public sealed class EngineHostedServiceTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    public EngineHostedServiceTests()
    {
        _repo.Write("models/m/1/model.onnx", OnnxModelBuilder.Build("Identity", [("x", OnnxModelBuilder.Fp32, [-1, 2])], [("y", OnnxModelBuilder.Fp32, [-1, 2])]));
        _repo.Write("aliases/m/stable", "1");
    }

    private static EngineHostedService Service(InferenceApiFactory factory) =>
        factory.Services.GetServices<IHostedService>().OfType<EngineHostedService>().Single();

    [Fact]
    public async Task StoppingTwiceDrainsOnceAndDoesNotFail()
    {
        await using var factory = new InferenceApiFactory(_repo.Path);
        using var client = await factory.ReadyClientAsync();
        var service = Service(factory);

        await service.StopAsync(CancellationToken.None);
        await service.StopAsync(CancellationToken.None);

        Assert.True(factory.Services.GetRequiredService<InferenceEngine>().IsDraining);
    }

    [Fact]
    public async Task StoppingAfterDisposalIsANoOp()
    {
        await using var factory = new InferenceApiFactory(_repo.Path);
        using var client = await factory.ReadyClientAsync();
        var service = Service(factory);

        service.Dispose();

        await service.StopAsync(CancellationToken.None);
        Assert.False(factory.Services.GetRequiredService<InferenceEngine>().IsDraining);
    }

    public void Dispose() => _repo.Dispose();
}
