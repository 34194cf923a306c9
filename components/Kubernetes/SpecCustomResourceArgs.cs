using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.ApiExtensions;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Args of a custom resource whose body is a <c>spec</c> (Gateway API, KEDA): <see cref="CustomResourceArgs"/> is
/// abstract in Pulumi.Kubernetes, each CRD declares its own fields.
/// </summary>
public sealed class SpecCustomResourceArgs : CustomResourceArgs
{
    public SpecCustomResourceArgs(string apiVersion, string kind)
        : base(apiVersion, kind)
    {
    }

    [Input("spec")]
    public InputMap<object>? Spec { get; set; }

    /// <summary>Args with <paramref name="spec"/> as the body.</summary>
    public static SpecCustomResourceArgs Create(string apiVersion, string kind, ImmutableDictionary<string, object> spec, Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs metadata) =>
        new(apiVersion, kind) { Spec = spec, Metadata = metadata };
}
