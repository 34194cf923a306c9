namespace MlPlatform.Components.Kubernetes;

/// <summary>The Gateway API implementation <see cref="ClusterAddons"/> installs for the stack's GatewayClass.</summary>
public enum GatewayImplementation
{
    /// <summary>A class the platform does not install: the GatewayClass, its controller and the Gateway API CRDs must exist already.</summary>
    None,

    /// <summary>Envoy Gateway (its chart brings the Gateway API CRDs; the platform declares the GatewayClass).</summary>
    Envoy,

    /// <summary>Istio (base and istiod charts, plus the Gateway API CRDs, which Istio does not install; istiod creates the class).</summary>
    Istio,
}
