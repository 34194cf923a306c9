namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Which cluster add-ons a stack needs, from what its Kubernetes layer declares: a pure function of the gateway class,
/// the ingress issuer, each inference version's scaling and the forced choices of the stack config.
/// </summary>
public static class ClusterAddonPlanner
{
    /// <summary>The implementation the platform installs for <paramref name="gatewayClassName"/>; any other class must exist in the cluster.</summary>
    public static GatewayImplementation ImplementationFor(string gatewayClassName) => gatewayClassName switch
    {
        GatewayClassNames.Istio => GatewayImplementation.Istio,
        _ when GatewayClassNames.Envoy.Contains(gatewayClassName ?? string.Empty) => GatewayImplementation.Envoy,
        _ => GatewayImplementation.None,
    };

    /// <summary>
    /// The add-ons to install. Unforced: the gateway when the class is one the platform knows how to install; cert-manager
    /// when the Gateway names a ClusterIssuer; KEDA when a version scales with a ScaledObject (scale to zero);
    /// prometheus-adapter when a version scales with an HPA on the queue-depth metric; Prometheus when either needs it.
    /// </summary>
    public static ClusterAddonSelection Select(string gatewayClassName, string clusterIssuer, IEnumerable<AutoscalingSettings> scaling, ClusterAddonOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(scaling);
        overrides ??= ClusterAddonOverrides.Auto;
        var versions = scaling.ToList();
        var implementation = ImplementationFor(gatewayClassName);
        var gateway = overrides.Gateway ?? implementation != GatewayImplementation.None;
        if (gateway && implementation == GatewayImplementation.None)
        {
            throw new InvalidSpecException([new SpecError("addons.gateway.enabled", $"the platform installs Envoy Gateway (class {string.Join(", ", GatewayClassNames.Envoy.Order(StringComparer.Ordinal))}) or Istio (class {GatewayClassNames.Istio}), not '{gatewayClassName}'; install that class yourself and leave addons.gateway.enabled unset or false")]);
        }

        var keda = overrides.Keda ?? versions.Any(v => v.UseKeda);
        var adapter = overrides.PrometheusAdapter ?? versions.Any(v => !v.UseKeda);
        return new ClusterAddonSelection(
            gateway ? implementation : GatewayImplementation.None,
            overrides.CertManager ?? !string.IsNullOrWhiteSpace(clusterIssuer),
            keda,
            overrides.Prometheus ?? (keda || adapter),
            adapter);
    }
}
