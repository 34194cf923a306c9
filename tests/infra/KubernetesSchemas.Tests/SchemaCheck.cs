using System.Collections.Frozen;
using MlPlatform.Policies;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// Checks every Kubernetes object of a rendered stack against its schema: each <c>kubernetes:&lt;group&gt;/&lt;version&gt;:&lt;Kind&gt;</c>
/// resource (the core group is <c>core/v1</c>; custom resources carry their apiVersion and kind in their args) as the
/// object it applies, and each Helm release's values where the chart ships a values schema. A kind or chart with no
/// schema fails, unless it is listed in <see cref="ChartsWithoutValuesSchema"/> with the reason. Objects also get the
/// label syntax the schemas cannot express (<see cref="LabelSyntax"/>).
/// </summary>
public sealed class SchemaCheck(SchemaCatalog catalog)
{
    public const string ReleaseType = "kubernetes:helm.sh/v3:Release";

    /// <summary>The generic custom-resource token some SDKs use; apiVersion and kind are then only in the args.</summary>
    public const string CustomResourceType = "kubernetes:apiextensions.k8s.io:CustomResource";

    /// <summary>
    /// Charts the platform installs whose upstream publishes no values schema at the pinned version, so their values
    /// cannot be checked here (confirmed in each chart's repository at the pinned tag; see data/schemas/SOURCES.md).
    /// </summary>
    public static readonly FrozenDictionary<string, string> ChartsWithoutValuesSchema = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["oci://docker.io/envoyproxy/gateway-helm"] = "envoyproxy/gateway charts/gateway-helm: no values.schema.json at v1.8.2 (nor on any tag v1.3.0–v1.9.0)",
        ["oci://docker.io/envoyproxy/gateway-crds-helm"] = "envoyproxy/gateway charts/gateway-crds-helm: no values.schema.json at v1.8.2",
        ["https://istio-release.storage.googleapis.com/charts/base"] = "istio/istio manifests/charts/base: no values.schema.json at 1.27.1",
        ["https://istio-release.storage.googleapis.com/charts/istiod"] = "istio/istio manifests/charts/istio-control/istio-discovery: no values.schema.json at 1.27.1",
        ["https://kedacore.github.io/charts/keda"] = "kedacore/charts keda: no values.schema.json at v2.20.2 (nor on any tag)",
        ["https://prometheus-community.github.io/helm-charts/kube-prometheus-stack"] = "prometheus-community/helm-charts kube-prometheus-stack: no values.schema.json at 77.14.0 (nor on any 77.x tag)",
        ["https://prometheus-community.github.io/helm-charts/prometheus-adapter"] = "prometheus-community/helm-charts prometheus-adapter: no values.schema.json at 5.1.0",
        ["oci://public.ecr.aws/karpenter/karpenter"] = "aws/karpenter-provider-aws charts/karpenter: no values.schema.json at v1.8.1",
        ["https://nvidia.github.io/dcgm-exporter/helm-charts/dcgm-exporter"] = "NVIDIA/dcgm-exporter deployment/: no values.schema.json at 4.5.3-4.8.2 (chart 4.8.2)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What was checked in one stack (kind, resource name), and what failed.</summary>
    public sealed record Result(IReadOnlyList<(string Kind, string Resource)> Checked, IReadOnlyList<ObjectFailure> Failures);

    public Result Check(string stack, IEnumerable<PolicyResource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var checkedObjects = new List<(string, string)>();
        var failures = new List<ObjectFailure>();
        foreach (var resource in resources.Where(r => r.Type.StartsWith("kubernetes:", StringComparison.Ordinal)))
        {
            var (label, schema, document, errors) = resource.Type == ReleaseType ? Values(resource) : KubernetesObject(resource);
            if (schema is not null && document is not null)
            {
                var labels = schema.Origin == SchemaOrigin.HelmValues ? [] : LabelSyntax.Check(document);
                errors = [.. errors, .. SchemaValidator.Validate(schema.Schema, document).Select(e => e.ToString()), .. labels];
                checkedObjects.Add((label, resource.Name));
            }

            if (errors.Count > 0)
            {
                failures.Add(new ObjectFailure(stack, resource.Name, label, schema?.File, errors));
            }
        }

        return new Result(checkedObjects, failures);
    }

    private (string Label, ObjectSchema? Schema, ObjectDocument? Document, IReadOnlyList<string> Errors) KubernetesObject(PolicyResource resource)
    {
        var token = resource.Type.Split(':');
        var argsApiVersion = resource.Input("apiVersion") as string;
        var argsKind = resource.Input("kind") as string;
        var (apiVersion, kind) = resource.Type == CustomResourceType || token.Length != 3
            ? (argsApiVersion, argsKind)
            : (token[1] == "core/v1" ? "v1" : token[1], token[2]);
        var label = $"{apiVersion} {kind}";
        if (apiVersion is null || kind is null)
        {
            return (resource.Type, null, null, [$"type {resource.Type}: no apiVersion/kind in the token or the args"]);
        }

        if ((argsApiVersion is not null && argsApiVersion != apiVersion) || (argsKind is not null && argsKind != kind))
        {
            return (label, null, null, [$"type {resource.Type} but the args say apiVersion {argsApiVersion}, kind {argsKind}"]);
        }

        var schema = catalog.ForObject(apiVersion, kind);
        return schema is null
            ? (label, null, null, [$"no schema for {label} in data/schemas (add it with its provenance in SOURCES.md)"])
            : (label, schema, ObjectDocument.From(resource.Inputs), []);
    }

    private (string Label, ObjectSchema? Schema, ObjectDocument? Document, IReadOnlyList<string> Errors) Values(PolicyResource resource)
    {
        var chart = resource.Input("chart") as string ?? string.Empty;
        var repository = resource.Input("repositoryOpts", "repo") as string;
        var reference = repository is null ? chart : $"{repository.TrimEnd('/')}/{chart}";
        var version = resource.Input("version") as string;
        var label = $"Helm values of {reference} {version}";
        if (catalog.ForValues(reference) is { } values)
        {
            if (values.Version != version)
            {
                return (label, null, null, [$"the values schema is {values.Schema.File} for chart version {values.Version}, the release pins {version ?? "no version"}"]);
            }

            var map = resource.Input("values") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            return (label, values.Schema, ObjectDocument.From(map), []);
        }

        return ChartsWithoutValuesSchema.ContainsKey(reference)
            ? (label, null, null, [])
            : (label, null, null, [$"no values schema for chart {reference} in data/schemas, and it is not listed as having none upstream"]);
    }
}
