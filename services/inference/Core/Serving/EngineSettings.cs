using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Routing;

namespace MlPlatform.Inference.Serving;

/// <summary>Everything the engine needs besides its collaborators.</summary>
public sealed record EngineSettings
{
    /// <summary>Default batching for every model.</summary>
    public BatchingSettings Batching { get; init; } = new();

    /// <summary>Default routing for every model.</summary>
    public RoutingSettings Routing { get; init; } = new();

    /// <summary>Automatic canary rollback.</summary>
    public RollbackSettings Rollback { get; init; } = new();

    /// <summary>Per-model overrides by model name.</summary>
    public IReadOnlyDictionary<string, ModelSettings> Models { get; init; } = new Dictionary<string, ModelSettings>();

    /// <summary>Comparisons kept per model for <c>GET /v2/models/{name}/shadow</c>.</summary>
    public int ShadowHistory { get; init; } = 100;

    /// <summary>The batching that applies to <paramref name="model"/>.</summary>
    public BatchingSettings BatchingFor(string model) => Models.TryGetValue(model, out var m) && m.Batching is not null ? m.Batching : Batching;

    /// <summary>The routing that applies to <paramref name="model"/>.</summary>
    public RoutingSettings RoutingFor(string model) => Models.TryGetValue(model, out var m) && m.Routing is not null ? m.Routing : Routing;
}
