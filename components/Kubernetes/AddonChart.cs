namespace MlPlatform.Components.Kubernetes;

/// <summary>Where a cluster add-on's Helm chart comes from and where its release goes.</summary>
/// <param name="Key">Short name: the release's child name suffix (<c>&lt;component&gt;-&lt;key&gt;</c>) and its Helm release name.</param>
/// <param name="Chart">Chart name in <paramref name="Repository"/>, or an <c>oci://</c> reference when the repository is null.</param>
/// <param name="Repository">Classic Helm repository URL; null for OCI charts.</param>
/// <param name="Namespace">Namespace of the release (created by the release).</param>
public sealed record AddonChart(string Key, string Chart, string? Repository, string Namespace);
