using MlPlatform.Inference.Tests.Support;
namespace MlPlatform.Inference.Api.Tests.Support;

/// <summary>One API over the real PaddleOCR repository, shared by a test class.</summary>
public sealed class OcrApiFixture : IAsyncLifetime
{
    /// <summary>The factory.</summary>
    public InferenceApiFactory Factory { get; } = new(OcrModelRepository.Path, new Dictionary<string, string?>
    {
        ["Inference:MaxRequestBodyBytes"] = "2000000",
        ["Inference:Batching:MaxQueueDelay"] = "00:00:00.005",
    });

    /// <summary>A ready client.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync() => Client = await Factory.ReadyClientAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
