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

    /// <summary>
    /// Whether a model with no <see cref="ModelSettings.Required"/> setting gates server readiness. True (the default): the
    /// server is ready only when every model is; false: only models marked required count, and a broken optional model is
    /// reported (per model, in the repository index) without taking the server out of its Service.
    /// </summary>
    public bool ModelsRequiredByDefault { get; init; } = true;

    /// <summary>Comparisons kept per model for <c>GET /v2/models/{name}/shadow</c>.</summary>
    public int ShadowHistory { get; init; } = 100;

    /// <summary>The batching that applies to <paramref name="model"/>.</summary>
    public BatchingSettings BatchingFor(string model) => Models.TryGetValue(model, out var m) && m.Batching is not null ? m.Batching : Batching;

    /// <summary>True when <paramref name="model"/> gates server readiness.</summary>
    public bool IsRequired(string model) => Models.TryGetValue(model, out var m) && m.Required is { } required ? required : ModelsRequiredByDefault;

    /// <summary>The routing that applies to <paramref name="model"/>.</summary>
    public RoutingSettings RoutingFor(string model) => Models.TryGetValue(model, out var m) && m.Routing is not null ? m.Routing : Routing;
}
