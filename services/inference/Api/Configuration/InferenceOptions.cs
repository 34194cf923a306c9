using MlPlatform.Inference.Api.Hosting;
using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Serving;

namespace MlPlatform.Inference.Api.Configuration;

/// <summary>The runtime's configuration (section <c>Inference</c>), validated at start-up by <see cref="InferenceOptionsValidator"/>.</summary>
public sealed record InferenceOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Inference";

    /// <summary>The environment variable <c>build/scripts/prepare-models.sh</c> sets to the real OCR model repository.</summary>
    public const string RepositoryEnvironmentVariable = "MLPLATFORM_MODEL_REPOSITORY";

    /// <summary>The model repository.</summary>
    public RepositoryOptions Repository { get; init; } = new();

    /// <summary>ONNX Runtime session options.</summary>
    public SessionSettings Session { get; init; } = new();

    /// <summary>Default dynamic batching.</summary>
    public BatchingSettings Batching { get; init; } = new();

    /// <summary>Default traffic split and shadowing.</summary>
    public RoutingSettings Routing { get; init; } = new();

    /// <summary>Automatic canary rollback.</summary>
    public RollbackSettings Rollback { get; init; } = new();

    /// <summary>The gRPC (Open Inference Protocol over HTTP/2 without TLS) listener.</summary>
    public GrpcOptions Grpc { get; init; } = new();

    /// <summary>Whether a model without a <c>Required</c> setting gates server readiness (see <see cref="EngineSettings.ModelsRequiredByDefault"/>).</summary>
    public bool ModelsRequiredByDefault { get; init; } = true;

    /// <summary>Per-model overrides.</summary>
    public Dictionary<string, ModelSettings> Models { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Size of the blocks Kestrel receives into (<c>Inference:ReceiveBlockBytes</c>, 4096 to 1048576; 0 keeps Kestrel's
    /// own 4 KiB blocks). Every socket read fills one block, so a 110 KB tensor takes ~27 reads with 4 KiB blocks and two
    /// or three with the default 64 KiB.
    /// </summary>
    public int ReceiveBlockBytes { get; init; } = LargeBlockMemoryPool.DefaultBlockSize;

    /// <summary>Largest infer request body accepted; larger bodies get 400 naming the limit.</summary>
    public long MaxRequestBodyBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The engine's settings.</summary>
    public EngineSettings ToEngineSettings() => new()
    {
        Batching = Batching,
        Routing = Routing,
        Rollback = Rollback,
        Models = Models,
        ModelsRequiredByDefault = ModelsRequiredByDefault,
    };
}
