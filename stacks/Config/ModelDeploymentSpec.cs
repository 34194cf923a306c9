using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>A model served by the inference runtime: its versions with traffic weights, optional shadow, scaling.</summary>
/// <param name="Name">Model name in the model store and in URLs (<c>/v2/models/&lt;name&gt;</c>).</param>
/// <param name="Team">Owning team (namespace).</param>
/// <param name="GpuType">GPU model the serving pods need (node affinity), e.g. <c>L4</c>; empty for any.</param>
/// <param name="Versions">Versions receiving traffic; weights must sum to 100. Rollback: set a version's weight to 0.</param>
/// <param name="Shadow">A version that receives a copy of a share of traffic; its answers are never returned.</param>
/// <param name="MinReplicas">Warm pool: replicas kept ready per version with traffic.</param>
public sealed record ModelDeploymentSpec(
    string Name,
    string Team,
    string GpuType,
    ImmutableArray<ModelVersionSpec> Versions,
    ShadowSpec? Shadow,
    int MinReplicas,
    int MaxReplicas,
    bool SpotAllowed);
