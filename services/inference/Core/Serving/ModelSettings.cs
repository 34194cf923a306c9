using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Routing;

namespace MlPlatform.Inference.Serving;

/// <summary>Per-model overrides of the engine-wide settings (configuration <c>Inference:Models:&lt;name&gt;</c>).</summary>
public sealed record ModelSettings
{
    /// <summary>Batching for this model, replacing <see cref="EngineSettings.Batching"/>.</summary>
    public BatchingSettings? Batching { get; init; }

    /// <summary>Routing for this model, replacing <see cref="EngineSettings.Routing"/>.</summary>
    public RoutingSettings? Routing { get; init; }

    /// <summary>
    /// Whether server readiness waits for this model; null takes <see cref="EngineSettings.ModelsRequiredByDefault"/>.
    /// A model marked required that is missing from the repository keeps the server unready.
    /// </summary>
    public bool? Required { get; init; }
}
