using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes;

/// <summary>How a model's traffic is split between its deployed versions, and which version (if any) gets a mirrored copy.</summary>
/// <param name="Model">Model name as it appears in URLs (<c>/v2/models/&lt;model&gt;</c>).</param>
/// <param name="Namespace">Namespace of the model's Services (the owning team's).</param>
/// <param name="Versions">Deployed versions with their weights; weights sum to 100.</param>
/// <param name="Shadow">Optional shadow version; it must be deployed but need not have weight.</param>
/// <param name="ServicePort">Port of each version's Service.</param>
/// <param name="GrpcServicePort">gRPC port of each version's Service.</param>
public sealed record ModelTraffic(
    string Model,
    string Namespace,
    ImmutableArray<ModelVersionWeight> Versions,
    ModelShadow? Shadow = null,
    int ServicePort = 80,
    int GrpcServicePort = InferenceServiceArgs.DefaultGrpcPort)
{
    /// <summary>Every version that needs a Deployment and a Service: the weighted ones and the shadow.</summary>
    public ImmutableArray<string> DeployedVersions =>
        [.. Versions.Select(v => v.Version).Concat(Shadow is null ? [] : [Shadow.Version]).Distinct(StringComparer.Ordinal)];
}
