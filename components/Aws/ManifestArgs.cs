using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.ApiExtensions;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace MlPlatform.Components.Aws;

/// <summary>
/// A Kubernetes object declared from a plain manifest (apiVersion, kind, metadata, spec): Karpenter's custom resources,
/// and the apps/v1 DaemonSets whose manifests are built and tested as data. The resource type is
/// <c>kubernetes:&lt;apiVersion&gt;:&lt;kind&gt;</c>, the same token the typed class of a built-in kind has.
/// </summary>
public sealed class ManifestArgs : CustomResourceArgs
{
    private ManifestArgs(string apiVersion, string kind)
        : base(apiVersion, kind)
    {
    }

    [Input("spec")]
    public InputMap<object>? Spec { get; set; }

    /// <summary>Args from a manifest with <c>apiVersion</c>, <c>kind</c>, <c>metadata</c> (name, namespace, labels) and <c>spec</c>.</summary>
    /// <summary>An object whose spec is only known once other resources exist (for example a bucket URI in its args).</summary>
    public static ManifestArgs From(string apiVersion, string kind, ObjectMetaArgs metadata, Output<ImmutableDictionary<string, object>> spec) =>
        new(apiVersion, kind) { Metadata = metadata, Spec = spec };

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
