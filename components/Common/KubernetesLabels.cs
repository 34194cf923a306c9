using System.Collections.Immutable;

namespace MlPlatform.Components;

/// <summary>The recommended <c>app.kubernetes.io/*</c> labels every Kubernetes object of the platform carries.</summary>
public static class KubernetesLabels
{
    public const string PartOf = "mlplatform";

    public const string ManagedBy = "pulumi";

    /// <summary>The most characters a label value may have.</summary>
    public const int MaxValueLength = 63;

    /// <summary>
    /// The <c>app.kubernetes.io/version</c> of an image: its tag, or for an image pinned by digest the digest as
    /// <c>sha256-…</c>, cut to the 63 characters a label value may have (a whole SHA-256 digest is 64 hex digits,
    /// which the API server refuses as a label value). An image with neither is <c>latest</c>.
    /// </summary>
    public static string ImageVersion(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var at = image.IndexOf('@', StringComparison.Ordinal);
        var colon = image.LastIndexOf(':');
        var reference = at >= 0 ? image[(at + 1)..] : colon > image.LastIndexOf('/') ? image[(colon + 1)..] : "latest";
        var value = reference.Replace(':', '-');
        return value[..Math.Min(value.Length, MaxValueLength)];
    }

    public static ImmutableDictionary<string, string> For(string name, string instance, string version, string component) =>
        ImmutableDictionary<string, string>.Empty
            .Add("app.kubernetes.io/name", name)
            .Add("app.kubernetes.io/instance", instance)
            .Add("app.kubernetes.io/version", version)
            .Add("app.kubernetes.io/component", component)
            .Add("app.kubernetes.io/part-of", PartOf)
            .Add("app.kubernetes.io/managed-by", ManagedBy);
}
