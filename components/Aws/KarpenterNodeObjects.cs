using System.Collections.Immutable;
using MlPlatform.Components.Kubernetes;
using Pulumi;
using CustomResource = Pulumi.Kubernetes.ApiExtensions.CustomResource;

namespace MlPlatform.Components.Aws;

/// <summary>
/// Karpenter's EC2NodeClasses and NodePools of every pool, declared after <paramref name="Release"/> (the controller's
/// chart, which brings their CRDs: a NodePool declared before them fails with "no matches for kind").
/// </summary>
/// <param name="Manifests">The objects, from <see cref="GpuNodePool.Manifests"/>.</param>
/// <param name="Release">What installs the CRDs (<see cref="KarpenterController.Release"/>); null when they are installed outside this program.</param>
public sealed record KarpenterNodeObjects(ImmutableArray<ImmutableDictionary<string, object>> Manifests, Resource? Release) : IGpuAddonsExtension
{
    public void AddTo(GpuAddonsScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var options = Release is null ? scope.Child() : scope.Child(Release);
        foreach (var manifest in Manifests.IsDefault ? [] : Manifests)
        {
            var metadata = (IReadOnlyDictionary<string, object>)manifest["metadata"];
            _ = new CustomResource($"{scope.Name}-{((string)manifest["kind"]).ToLowerInvariant()}-{metadata["name"]}", ManifestArgs.From(manifest), options);
        }
    }
}
