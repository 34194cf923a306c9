namespace MlPlatform.Components;

/// <summary>
/// The GatewayClass names whose implementation the platform installs itself, named once so that the stack config
/// reader (which checks the add-on keys) and the add-on planner (which installs them) agree.
/// </summary>
public static class GatewayClassNames
{
    /// <summary>The class istiod creates when the Gateway API CRDs exist.</summary>
    public const string Istio = "istio";

    /// <summary>The name Envoy Gateway's documentation uses (<c>eg</c>) and its product names, all installed as Envoy Gateway.</summary>
    public static IReadOnlySet<string> Envoy { get; } = new HashSet<string>(StringComparer.Ordinal) { "eg", "envoy", "envoy-gateway" };
}
