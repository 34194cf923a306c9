using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The <c>spec</c> of Gateway API objects (<c>gateway.networking.k8s.io/v1</c>), with the upstream field names, as plain
/// maps so they can be checked without Pulumi. A model gets one HTTPRoute on the canonical domain:
/// <list type="number">
/// <item><c>/v2/models/&lt;m&gt;/versions/&lt;v&gt;</c> goes to version v (the OIP versioned path);</item>
/// <item><c>/v2/models/&lt;m&gt;</c> with header <c>x-model-version: v</c> goes to version v (pinning; more header matches win);</item>
/// <item>everything else under <c>/v2/models/&lt;m&gt;</c> is split by weight, and a <c>RequestMirror</c> filter copies
/// <c>percent</c> of it to the shadow version.</item>
/// </list>
/// gRPC (<c>inference.GRPCInferenceService</c>) gets a GRPCRoute per model beside it. The model name travels inside the
/// protobuf body, which a gateway cannot read, so gRPC callers name the model in the <c>x-model-name</c> metadata (and may
/// pin with <c>x-model-version</c>); the route then splits, pins and mirrors exactly as the HTTPRoute does.
/// </summary>
public static class GatewayApiSpecs
{
    public const string ApiVersion = "gateway.networking.k8s.io/v1";

    public const string VersionHeader = "x-model-version";

    /// <summary>The gRPC metadata that names the model for routing.</summary>
    public const string ModelHeader = "x-model-name";

    /// <summary>The Open Inference Protocol gRPC service.</summary>
    public const string GrpcService = "inference.GRPCInferenceService";

    public const string HttpsListener = "https";

    public const string HttpListener = "http";

    /// <summary>Namespaces with this label may attach routes to the gateway's HTTPS listener.</summary>
    public const string GatewayAccessLabel = "mlplatform.io/gateway-access";

    /// <summary>Gateway API allows at most 16 rules per HTTPRoute; each deployed version takes two, the split one.</summary>
    public const int MaxDeployedVersions = 7;

    /// <summary>The route base of a model: <c>/v2/models/&lt;model&gt;</c>.</summary>
    public static string ModelPath(string model) => $"/v2/models/{model}";

    /// <summary>The versioned path of a model version: <c>/v2/models/&lt;model&gt;/versions/&lt;version&gt;</c>.</summary>
    public static string VersionPath(string model, string version) => $"{ModelPath(model)}/versions/{version}";

    /// <summary>A Gateway with an HTTPS listener on <paramref name="domain"/> (TLS terminated with the certificate in <paramref name="tlsSecretName"/>) and an HTTP listener that only redirects.</summary>
    public static ImmutableDictionary<string, object> Gateway(string gatewayClassName, string domain, string tlsSecretName)
    {
        var httpsRoutes = Map(
            ("namespaces", Map(("from", "Selector"), ("selector", Map(("matchLabels", Map((GatewayAccessLabel, "true"))))))),
            ("kinds", List(Map(("kind", "HTTPRoute")), Map(("kind", "GRPCRoute")))));
        var httpRoutes = Map(("namespaces", Map(("from", "Same"))));
        return Map(
            ("gatewayClassName", gatewayClassName),
            ("listeners", List(
                Map(("name", HttpsListener), ("protocol", "HTTPS"), ("port", 443), ("hostname", domain),
                    ("tls", Map(("mode", "Terminate"), ("certificateRefs", List(Map(("kind", "Secret"), ("name", tlsSecretName)))))),
                    ("allowedRoutes", httpsRoutes)),
                Map(("name", HttpListener), ("protocol", "HTTP"), ("port", 80), ("hostname", domain), ("allowedRoutes", httpRoutes)))));
    }

    /// <summary>The HTTP listener's route: a permanent redirect to HTTPS.</summary>
    public static ImmutableDictionary<string, object> HttpsRedirect(GatewayParent parent, string domain)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return Map(
            ("parentRefs", List(ParentRef(parent with { SectionName = HttpListener }))),
            ("hostnames", List(domain)),
            ("rules", List(Map(("filters", List(Map(("type", "RequestRedirect"), ("requestRedirect", Map(("scheme", "https"), ("statusCode", 301))))))))));
    }

    /// <summary>The HTTPRoute of one model; validates the split first (see <see cref="TrafficSplit"/>).</summary>
    public static ImmutableDictionary<string, object> ModelRoute(ModelTraffic traffic, GatewayParent parent, string domain)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        ArgumentNullException.ThrowIfNull(parent);
        var errors = TrafficSplit.Validate(traffic, $"models[{traffic.Model}]").ToList();
        if (traffic.DeployedVersions.Length > MaxDeployedVersions)
        {
            errors.Add(new SpecError($"models[{traffic.Model}].versions", $"at most {MaxDeployedVersions} versions may be deployed at once (HTTPRoute rule limit); got {traffic.DeployedVersions.Length}"));
        }

        InvalidSpecException.ThrowIfAny(errors);
        var rules = ImmutableArray.CreateBuilder<object>();
        foreach (var version in traffic.DeployedVersions)
        {
            rules.Add(Map(
                ("matches", List(Map(("path", PathPrefix(VersionPath(traffic.Model, version)))))),
                ("backendRefs", List(Backend(traffic, version, weight: null)))));
        }

        foreach (var version in traffic.DeployedVersions)
        {
            rules.Add(Map(
                ("matches", List(Map(
                    ("path", PathPrefix(ModelPath(traffic.Model))),
                    ("headers", List(Map(("type", "Exact"), ("name", VersionHeader), ("value", version))))))),
                ("backendRefs", List(Backend(traffic, version, weight: null)))));
        }

        var split = ImmutableDictionary.CreateBuilder<string, object>();
        split.Add("matches", List(Map(("path", PathPrefix(ModelPath(traffic.Model))))));
        split.Add("backendRefs", traffic.Versions.Select(v => (object)Backend(traffic, v.Version, v.Weight)).ToImmutableArray());
        if (traffic.Shadow is { } shadow)
        {
            split.Add("filters", List(Map(
                ("type", "RequestMirror"),
                ("requestMirror", Map(
                    ("backendRef", Map(("name", KubernetesNames.ModelVersion(traffic.Model, shadow.Version)), ("port", traffic.ServicePort))),
                    ("percent", shadow.Percent))))));
        }

        rules.Add(split.ToImmutable());
        return Map(
            ("parentRefs", List(ParentRef(parent))),
            ("hostnames", List(domain)),
            ("rules", rules.ToImmutable()));
    }

    /// <summary>The GRPCRoute of one model: pinned versions first (more header matches win), then the weighted split with the shadow mirror.</summary>
    public static ImmutableDictionary<string, object> ModelGrpcRoute(ModelTraffic traffic, GatewayParent parent, string domain)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        ArgumentNullException.ThrowIfNull(parent);
        InvalidSpecException.ThrowIfAny(TrafficSplit.Validate(traffic, $"models[{traffic.Model}]"));
        var method = Map(("type", "Exact"), ("service", GrpcService));
        var model = Map(("type", "Exact"), ("name", ModelHeader), ("value", traffic.Model));
        var rules = ImmutableArray.CreateBuilder<object>();
        foreach (var version in traffic.DeployedVersions)
        {
            rules.Add(Map(
                ("matches", List(Map(("method", method), ("headers", List(model, Map(("type", "Exact"), ("name", VersionHeader), ("value", version))))))),
                ("backendRefs", List(GrpcBackend(traffic, version, weight: null)))));
        }

        var split = ImmutableDictionary.CreateBuilder<string, object>();
        split.Add("matches", List(Map(("method", method), ("headers", List(model)))));
        split.Add("backendRefs", traffic.Versions.Select(v => (object)GrpcBackend(traffic, v.Version, v.Weight)).ToImmutableArray());
        if (traffic.Shadow is { } shadow)
        {
            split.Add("filters", List(Map(
                ("type", "RequestMirror"),
                ("requestMirror", Map(
                    ("backendRef", Map(("name", KubernetesNames.ModelVersion(traffic.Model, shadow.Version)), ("port", traffic.GrpcServicePort))),
                    ("percent", shadow.Percent))))));
        }

        rules.Add(split.ToImmutable());
        return Map(
            ("parentRefs", List(ParentRef(parent))),
            ("hostnames", List(domain)),
            ("rules", rules.ToImmutable()));
    }

    private static ImmutableDictionary<string, object> GrpcBackend(ModelTraffic traffic, string version, int? weight)
    {
        var backend = Map(("name", KubernetesNames.ModelVersion(traffic.Model, version)), ("port", traffic.GrpcServicePort));
        return weight is { } w ? backend.Add("weight", w) : backend;
    }

    private static ImmutableDictionary<string, object> Backend(ModelTraffic traffic, string version, int? weight)
    {
        var backend = Map(("name", KubernetesNames.ModelVersion(traffic.Model, version)), ("port", traffic.ServicePort));
        return weight is { } w ? backend.Add("weight", w) : backend;
    }

    private static ImmutableDictionary<string, object> ParentRef(GatewayParent parent) =>
        Map(("group", "gateway.networking.k8s.io"), ("kind", "Gateway"), ("name", parent.Name), ("namespace", parent.Namespace), ("sectionName", parent.SectionName));

    private static ImmutableDictionary<string, object> PathPrefix(string value) => Map(("type", "PathPrefix"), ("value", value));

    internal static ImmutableDictionary<string, object> Map(params (string Key, object Value)[] entries) =>
        entries.ToImmutableDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    internal static ImmutableArray<object> List(params object[] items) => [.. items];
}
