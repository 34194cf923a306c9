using System.Collections.Immutable;

namespace MlPlatform.Components;

/// <summary>The recommended <c>app.kubernetes.io/*</c> labels every Kubernetes object of the platform carries.</summary>
public static class KubernetesLabels
{
    public const string PartOf = "mlplatform";

    public const string ManagedBy = "pulumi";

    public static ImmutableDictionary<string, string> For(string name, string instance, string version, string component) =>
        ImmutableDictionary<string, string>.Empty
            .Add("app.kubernetes.io/name", name)
            .Add("app.kubernetes.io/instance", instance)
            .Add("app.kubernetes.io/version", version)
            .Add("app.kubernetes.io/component", component)
            .Add("app.kubernetes.io/part-of", PartOf)
            .Add("app.kubernetes.io/managed-by", ManagedBy);
}
