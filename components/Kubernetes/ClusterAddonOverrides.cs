namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Forced choices from <c>mlplatform:addons.&lt;addon&gt;.enabled</c>: true installs, false never installs (the cluster
/// provides it), null lets <see cref="ClusterAddonPlanner"/> decide from what the stack needs.
/// </summary>
public sealed record ClusterAddonOverrides(
    bool? Gateway = null,
    bool? CertManager = null,
    bool? Keda = null,
    bool? Prometheus = null,
    bool? PrometheusAdapter = null)
{
    public static ClusterAddonOverrides Auto { get; } = new();
}
