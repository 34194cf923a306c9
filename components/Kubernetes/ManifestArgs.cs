using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.ApiExtensions;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Args of a Kubernetes object whose body is a <c>spec</c>, declared as a <see cref="CustomResource"/>: the custom
/// resources of Gateway API, KEDA and Karpenter, and the apps/v1 workloads whose manifests are built and tested as data
/// (device plugin, dataset warmer, cluster-autoscaler). <see cref="CustomResourceArgs"/> is abstract in
/// Pulumi.Kubernetes (each CRD declares its own fields); the resource type is <c>kubernetes:&lt;apiVersion&gt;:&lt;kind&gt;</c>,
/// the same token the typed class of a built-in kind has.
/// </summary>
public sealed class ManifestArgs : CustomResourceArgs
{
    private ManifestArgs(string apiVersion, string kind)
        : base(apiVersion, kind)
    {
    }

    [Input("spec")]
    public InputMap<object>? Spec { get; set; }

    /// <summary>Args with <paramref name="spec"/> as the body.</summary>
    public static ManifestArgs Create(string apiVersion, string kind, ImmutableDictionary<string, object> spec, ObjectMetaArgs metadata) =>
        new(apiVersion, kind) { Spec = spec, Metadata = metadata };

    /// <summary>An object whose spec is only known once other resources exist (for example a bucket URI in it).</summary>
    public static ManifestArgs Create(string apiVersion, string kind, Output<ImmutableDictionary<string, object>> spec, ObjectMetaArgs metadata) =>
        new(apiVersion, kind) { Spec = spec, Metadata = metadata };

    /// <summary>Args from a manifest with <c>apiVersion</c>, <c>kind</c>, <c>metadata</c> (name, namespace, labels) and <c>spec</c>.</summary>
    public static ManifestArgs From(ImmutableDictionary<string, object> manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var metadata = (IReadOnlyDictionary<string, object>)manifest["metadata"];
        var meta = new ObjectMetaArgs { Name = (string)metadata["name"] };
        if (metadata.TryGetValue("namespace", out var ns))
        {
            meta.Namespace = (string)ns;
        }

        if (metadata.TryGetValue("labels", out var labels))
        {
            meta.Labels = ((IReadOnlyDictionary<string, object>)labels).ToImmutableDictionary(p => p.Key, p => (string)p.Value);
        }

        return new ManifestArgs((string)manifest["apiVersion"], (string)manifest["kind"])
        {
            Metadata = meta,
            Spec = ((IReadOnlyDictionary<string, object>)manifest["spec"]).ToImmutableDictionary(),
        };
    }
}
