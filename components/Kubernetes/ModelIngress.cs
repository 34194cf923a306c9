using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using CustomResource = Pulumi.Kubernetes.ApiExtensions.CustomResource;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Models on one canonical domain through the Gateway API (not ingress-nginx, which is retired): a Gateway with TLS
/// (certificate from a secret, issued by cert-manager when a ClusterIssuer is named) and an HTTP listener that only
/// redirects, and per model an HTTPRoute in the model's namespace with versioned paths, <c>x-model-version</c> pinning,
/// weighted backends for canaries (rollback = weight 0) and a <c>RequestMirror</c> filter with a percentage for shadows,
/// and beside it a GRPCRoute with the same split for the runtime's gRPC port.
/// </summary>
public sealed class ModelIngress : ComponentResource
{
    public const string TypeToken = "mlplatform:k8s:ModelIngress";

    public const string ComponentLabel = "ingress";

    public const string GatewayName = "models";

    public ModelIngress(string name, ModelIngressArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var labels = KubernetesLabels.For("model-gateway", name, args.Version, ComponentLabel);
        var child = new CustomResourceOptions { Parent = this };
        var dependsOn = new List<Resource>();
        if (args.CreateNamespace)
        {
            dependsOn.Add(new Namespace($"{name}-namespace", new NamespaceArgs { Metadata = KubeArgs.Meta(args.Namespace, null, labels) }, child));
        }

        var annotations = string.IsNullOrEmpty(args.ClusterIssuer)
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add("cert-manager.io/cluster-issuer", args.ClusterIssuer);
        var gateway = new CustomResource($"{name}-gateway", ManifestArgs.Create(
            GatewayApiSpecs.ApiVersion, "Gateway",
            GatewayApiSpecs.Gateway(args.GatewayClassName, args.Domain, args.TlsSecretName),
            KubeArgs.Meta(GatewayName, args.Namespace, labels, annotations)), new CustomResourceOptions { Parent = this, DependsOn = [.. dependsOn, .. args.GatewayDependencies] });

        var routeOptions = new CustomResourceOptions { Parent = this, DependsOn = [gateway, .. args.GatewayDependencies] };
        _ = new CustomResource($"{name}-https-redirect", ManifestArgs.Create(
            GatewayApiSpecs.ApiVersion, "HTTPRoute",
            GatewayApiSpecs.HttpsRedirect(Parent(args), args.Domain),
            KubeArgs.Meta("https-redirect", args.Namespace, labels)), routeOptions);

        foreach (var model in args.Models)
        {
            var routeLabels = labels.SetItem(InferenceService.ModelLabel, model.Model);
            _ = new CustomResource($"{name}-route-{model.Model}", ManifestArgs.Create(
                GatewayApiSpecs.ApiVersion, "HTTPRoute",
                GatewayApiSpecs.ModelRoute(model, Parent(args), args.Domain),
                KubeArgs.Meta(KubernetesNames.Label(model.Model), model.Namespace, routeLabels)), routeOptions);
            _ = new CustomResource($"{name}-grpc-route-{model.Model}", ManifestArgs.Create(
                GatewayApiSpecs.ApiVersion, "GRPCRoute",
                GatewayApiSpecs.ModelGrpcRoute(model, Parent(args), args.Domain),
                KubeArgs.Meta(KubernetesNames.Label(model.Model), model.Namespace, routeLabels)), routeOptions);
        }

        BaseUrl = Output.Create(BaseUrlFor(args.Domain));
        ModelRoutes = Output.Create(Routes(args.Domain, args.Models.Select(m => m.Model)));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["baseUrl"] = BaseUrl,
            ["modelRoutes"] = ModelRoutes,
        });
    }

    /// <summary><c>https://&lt;domain&gt;</c>.</summary>
    [Output("baseUrl")]
    public Output<string> BaseUrl { get; private set; }

    /// <summary>Model name → <c>https://&lt;domain&gt;/v2/models/&lt;name&gt;</c>.</summary>
    [Output("modelRoutes")]
    public Output<ImmutableDictionary<string, string>> ModelRoutes { get; private set; }

    public static string BaseUrlFor(string domain) => $"https://{domain}";

    public static ImmutableDictionary<string, string> Routes(string domain, IEnumerable<string> models) =>
        models.ToImmutableDictionary(m => m, m => BaseUrlFor(domain) + GatewayApiSpecs.ModelPath(m), StringComparer.Ordinal);

    /// <summary>Every problem with <paramref name="args"/>: the domain, and each model's split.</summary>
    public static IReadOnlyList<SpecError> Validate(ModelIngressArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (string.IsNullOrWhiteSpace(args.Domain) || Uri.CheckHostName(args.Domain) != UriHostNameType.Dns || !args.Domain.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(new SpecError("ingress.domain", $"must be a DNS host name such as models.example.com (got '{args.Domain}')"));
        }

        if (string.IsNullOrWhiteSpace(args.TlsSecretName))
        {
            errors.Add(new SpecError("ingress.tlsSecretName", "is required: the gateway only serves HTTPS"));
        }

        if (string.IsNullOrWhiteSpace(args.GatewayClassName))
        {
            errors.Add(new SpecError("ingress.gatewayClassName", "is required"));
        }

        foreach (var duplicate in args.Models.GroupBy(m => m.Model, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new SpecError("models", $"model '{duplicate.Key}' is listed twice"));
        }

        foreach (var model in args.Models)
        {
            errors.AddRange(TrafficSplit.Validate(model, $"models[{model.Model}]"));
            if (model.DeployedVersions.Length > GatewayApiSpecs.MaxDeployedVersions)
            {
                errors.Add(new SpecError($"models[{model.Model}].versions", $"at most {GatewayApiSpecs.MaxDeployedVersions} versions may be deployed at once (got {model.DeployedVersions.Length})"));
            }
        }

        return errors;
    }

    private static GatewayParent Parent(ModelIngressArgs args) => new(GatewayName, args.Namespace, GatewayApiSpecs.HttpsListener);
}
