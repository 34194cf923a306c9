using System.Net;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.RealProcess;

public sealed class RequestLoggingTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task ServedRequestsWriteNoLogLinesByDefault()
    {
        _repo.Write("models/m/1/model.onnx", OnnxModelBuilder.Identity(OnnxModelBuilder.Fp32, -1, 2));
        await using var api = await ApiProcess.StartAsync(_repo.Path, new Dictionary<string, string>());
        await Task.Delay(500);
        var before = api.Output.Length;

        for (var i = 0; i < 200; i++)
        {
            using var ok = await api.Client.PostAsync(new Uri("/v2/models/m/infer", UriKind.Relative), Oip.Content([InferTensor.FromSingles("x", [1, 2], [1, 2])], binary: true));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            using var bad = await api.Client.PostAsync(new Uri("/v2/models/m/infer", UriKind.Relative), Oip.Json("""{"inputs":[]}"""));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        await Task.Delay(500);
        Assert.True(api.Output.Length - before < 200, $"400 requests wrote {api.Output.Length - before} bytes of logs:\n{api.Output[before..]}");
    }
}
