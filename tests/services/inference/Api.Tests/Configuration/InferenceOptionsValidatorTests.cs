using MlPlatform.Inference.Api.Configuration;
using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Serving;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Api.Tests.Configuration;

public sealed class InferenceOptionsValidatorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private InferenceOptions Valid() => new() { Repository = new RepositoryOptions { Path = _dir.Path } };

    private static List<string> Errors(InferenceOptions options) =>
        new InferenceOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void DefaultsWithARepositoryAreValid()
    {
        Assert.Empty(Errors(Valid()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4096)]
    [InlineData(1024 * 1024)]
    public void ReceiveBlockBytesTakesZeroOrABlockSize(int bytes)
    {
        Assert.Empty(Errors(Valid() with { ReceiveBlockBytes = bytes }));
    }

    public static TheoryData<string, Func<InferenceOptions, InferenceOptions>> Invalid => new()
    {
        { "Inference:Repository:Path", o => o with { Repository = new RepositoryOptions() } },
        { "Inference:Repository:Path", o => o with { Repository = new RepositoryOptions { Path = "/no/such/dir" } } },
        { "Inference:Repository:Bucket", o => o with { Repository = new RepositoryOptions { Kind = RepositoryKind.S3 } } },
        { "ContainerUri", o => o with { Repository = new RepositoryOptions { Kind = RepositoryKind.AzureBlob } } },
        { "Inference:Repository:PollInterval", o => o with { Repository = o.Repository with { PollInterval = TimeSpan.FromMilliseconds(10) } } },
        { "Inference:Session:GraphOptimizationLevel", o => o with { Session = new SessionSettings { GraphOptimizationLevel = "Max" } } },
        { "Inference:Batching:MaxBatchSize", o => o with { Batching = new BatchingSettings { MaxBatchSize = 0 } } },
        { "Inference:Batching:MaxQueueDelay", o => o with { Batching = new BatchingSettings { MaxQueueDelay = TimeSpan.FromSeconds(-1) } } },
        { "Inference:Batching:PreferredBatchSizes", o => o with { Batching = new BatchingSettings { MaxBatchSize = 8, PreferredBatchSizes = [4, 16] } } },
        { "Inference:Batching:MaxQueueSize", o => o with { Batching = new BatchingSettings { MaxQueueSize = 0 } } },
        { "Inference:Routing:CanaryWeight", o => o with { Routing = new RoutingSettings { CanaryWeight = 1.5 } } },
        { "Inference:Routing:ShadowSampleRate", o => o with { Routing = new RoutingSettings { ShadowSampleRate = -0.1 } } },
        { "Inference:Rollback:Window", o => o with { Rollback = o.Rollback with { Window = TimeSpan.Zero } } },
        { "Inference:Rollback:ErrorRateMargin", o => o with { Rollback = o.Rollback with { ErrorRateMargin = 2 } } },
        { "Inference:Models:ocr-cls:Batching:Instances", o => o with { Models = new() { ["ocr-cls"] = new ModelSettings { Batching = new BatchingSettings { Instances = 0 } } } } },
        { "Inference:MaxRequestBodyBytes", o => o with { MaxRequestBodyBytes = 10 } },
        { "Inference:ReceiveBlockBytes", o => o with { ReceiveBlockBytes = 1000 } },
        { "Inference:ReceiveBlockBytes", o => o with { ReceiveBlockBytes = 2 * 1024 * 1024 } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void EachBrokenRuleIsReportedNamingItsKey(string key, Func<InferenceOptions, InferenceOptions> breakIt)
    {
        ArgumentNullException.ThrowIfNull(breakIt);

        var errors = Errors(breakIt(Valid()));

        Assert.Contains(errors, e => e.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void AllErrorsAreReportedNotOnlyTheFirst()
    {
        var errors = Errors(Valid() with { Batching = new BatchingSettings { MaxBatchSize = 0, MaxQueueSize = 0 }, Routing = new RoutingSettings { CanaryWeight = 3 } });

        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public async Task InvalidConfigurationStopsStartUpWithEveryError()
    {
        await using var factory = new InferenceApiFactory(_dir.Path, new Dictionary<string, string?>
        {
            ["Inference:Batching:MaxBatchSize"] = "0",
            ["Inference:Routing:CanaryWeight"] = "7",
        });

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = ex.ToString();
        Assert.Contains("Inference:Batching:MaxBatchSize", message, StringComparison.Ordinal);
        Assert.Contains("Inference:Routing:CanaryWeight", message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
