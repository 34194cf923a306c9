using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MlPlatform.CostModel;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// The schemas in <c>data/schemas</c> by the <c>apiVersion</c>/<c>kind</c> they describe, and the Helm values schemas
/// by chart. Kubernetes files are indexed by the apiVersion and kind they enumerate. Custom resources are listed
/// below with their origin (SOURCES.md), and every one is tightened in memory the same way: apiVersion and kind must
/// be the CRD's, the root takes no other keys than it declares, and <c>metadata</c> is Kubernetes 1.33's ObjectMeta
/// (a CRD's own schema leaves it a bare object). Raw CRD schemas (<see cref="SchemaOrigin.DerivedCrd"/>) also get the
/// catalog's rule: every nested object with <c>properties</c> and no <c>additionalProperties</c> admits no other keys.
/// </summary>
public sealed class SchemaCatalog
{
    /// <summary>
    /// The <c>$schema</c> yannh's files declare: "the current draft", no concrete one. They only use keywords that draft-04
    /// to draft-07 read alike, so they are evaluated as draft-07.
    /// </summary>
    public static readonly Uri KubernetesDialect = new("http://json-schema.org/schema#");

    private static readonly Lazy<SchemaCatalog> RepositoryCatalog = new(() => Load(RepositoryData.Find("schemas")));

    /// <summary>The custom resources the platform renders: apiVersion, kind, file below <c>data/schemas</c>, origin.</summary>
    private static readonly (string ApiVersion, string Kind, string File, SchemaOrigin Origin)[] CustomResources =
    [
        ("gateway.networking.k8s.io/v1", "GatewayClass", "crds/gateway.networking.k8s.io/gatewayclass_v1.json", SchemaOrigin.DerivedCrd),
        ("gateway.networking.k8s.io/v1", "Gateway", "crds/gateway.networking.k8s.io/gateway_v1.json", SchemaOrigin.DerivedCrd),
        ("gateway.networking.k8s.io/v1", "HTTPRoute", "crds/gateway.networking.k8s.io/httproute_v1.json", SchemaOrigin.DerivedCrd),
        ("gateway.networking.k8s.io/v1", "GRPCRoute", "crds/gateway.networking.k8s.io/grpcroute_v1.json", SchemaOrigin.DerivedCrd),
        ("keda.sh/v1alpha1", "ScaledObject", "crds/keda.sh/scaledobject_v1alpha1.json", SchemaOrigin.DerivedCrd),
        ("karpenter.sh/v1", "NodePool", "crds/karpenter.sh/nodepool_v1.json", SchemaOrigin.CatalogCrd),
        ("karpenter.k8s.aws/v1", "EC2NodeClass", "crds/karpenter.k8s.aws/ec2nodeclass_v1.json", SchemaOrigin.CatalogCrd),
        ("cert-manager.io/v1", "Certificate", "crds/cert-manager.io/certificate_v1.json", SchemaOrigin.CatalogCrd),
        ("cert-manager.io/v1", "ClusterIssuer", "crds/cert-manager.io/clusterissuer_v1.json", SchemaOrigin.CatalogCrd),
        ("monitoring.coreos.com/v1", "ServiceMonitor", "crds/monitoring.coreos.com/servicemonitor_v1.json", SchemaOrigin.CatalogCrd),
        ("monitoring.coreos.com/v1", "PodMonitor", "crds/monitoring.coreos.com/podmonitor_v1.json", SchemaOrigin.CatalogCrd),
        ("monitoring.coreos.com/v1", "PrometheusRule", "crds/monitoring.coreos.com/prometheusrule_v1.json", SchemaOrigin.CatalogCrd),
    ];

    /// <summary>Charts whose values have a schema: chart reference (repository/chart or OCI URL) → version, file.</summary>
    private static readonly (string Chart, string Version, string File)[] ValuesSchemas =
    [
        ("https://charts.jetstack.io/cert-manager", "v1.19.1", "helm/cert-manager-v1.19.1.values.schema.json"),
    ];

    /// <summary>The folders whose files are listed by hand above (the Kubernetes ones describe themselves).</summary>
    private static readonly string[] NamedFolders = ["crds", "helm"];

    private readonly FrozenDictionary<(string ApiVersion, string Kind), ObjectSchema> _objects;
    private readonly FrozenDictionary<string, (string Version, ObjectSchema Schema)> _values;

    private SchemaCatalog(FrozenDictionary<(string, string), ObjectSchema> objects, FrozenDictionary<string, (string, ObjectSchema)> values, IReadOnlyList<string> unused)
    {
        _objects = objects;
        _values = values;
        Unused = unused;
    }

    /// <summary>The catalog of the repository's <c>data/schemas</c>, loaded once.</summary>
    public static SchemaCatalog Repository => RepositoryCatalog.Value;

    /// <summary>Every apiVersion/kind there is a schema for.</summary>
    public IEnumerable<(string ApiVersion, string Kind)> Kinds => _objects.Keys;

    /// <summary>Files in <c>crds/</c> and <c>helm/</c> that no entry names (a schema added without saying what it is for).</summary>
    public IReadOnlyList<string> Unused { get; }

    public static SchemaCatalog Load(string directory)
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft07.With([], KubernetesDialect));
        var options = new BuildOptions { Dialect = Dialect.Draft07, DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };

        var objects = new Dictionary<(string, string), ObjectSchema>();
        JsonObject? objectMeta = null;
        foreach (var path in Directory.GetFiles(Path.Combine(directory, "kubernetes"), "*.json").Order(StringComparer.Ordinal))
        {
            var file = Relative(directory, path);
            var json = Parse(directory, file);
            var apiVersion = Enumerated(json, "apiVersion", file);
            var kind = Enumerated(json, "kind", file);
            objectMeta ??= json["properties"]?["metadata"]?.DeepClone().AsObject();
            objects.Add((apiVersion, kind), new ObjectSchema(file, SchemaOrigin.Kubernetes, Build(json, file, options)));
        }

        if (objectMeta is null)
        {
            throw new InvalidDataException($"{directory}/kubernetes: no Kubernetes schema to take ObjectMeta from");
        }

        foreach (var (apiVersion, kind, file, origin) in CustomResources)
        {
            var json = Parse(directory, file);
            Tighten(json, apiVersion, kind, objectMeta, origin == SchemaOrigin.DerivedCrd);
            objects.Add((apiVersion, kind), new ObjectSchema(file, origin, Build(json, file, options)));
        }

        var values = new Dictionary<string, (string, ObjectSchema)>(StringComparer.Ordinal);
        foreach (var (chart, version, file) in ValuesSchemas)
        {
            values.Add(chart, (version, new ObjectSchema(file, SchemaOrigin.HelmValues, Build(Parse(directory, file), file, options))));
        }

        var named = CustomResources.Select(c => c.File).Concat(ValuesSchemas.Select(v => v.File)).ToHashSet(StringComparer.Ordinal);
        var unused = NamedFolders
            .SelectMany(d => Directory.GetFiles(Path.Combine(directory, d), "*.json", SearchOption.AllDirectories))
            .Select(p => Relative(directory, p))
            .Where(f => !named.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new SchemaCatalog(objects.ToFrozenDictionary(), values.ToFrozenDictionary(StringComparer.Ordinal), unused);
    }

    /// <summary>The schema of objects with this apiVersion and kind, or null when there is none.</summary>
    public ObjectSchema? ForObject(string apiVersion, string kind) => _objects.GetValueOrDefault((apiVersion, kind));

    /// <summary>The values schema of <paramref name="chart"/> (repository/chart or OCI URL) and the chart version it was taken from.</summary>
    public (string Version, ObjectSchema Schema)? ForValues(string chart) => _values.TryGetValue(chart, out var found) ? found : null;

    /// <summary>The catalog's strictness, and more, on a CRD's schema (see the type's summary).</summary>
    public static void Tighten(JsonObject crd, string apiVersion, string kind, JsonObject objectMeta, bool nested)
    {
        ArgumentNullException.ThrowIfNull(crd);
        ArgumentNullException.ThrowIfNull(objectMeta);
        var properties = crd["properties"]?.AsObject() ?? throw new InvalidDataException($"the schema of {apiVersion} {kind} has no properties");
        properties["apiVersion"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(apiVersion) };
        properties["kind"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(kind) };
        properties["metadata"] = objectMeta.DeepClone();
        var required = crd["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        crd["required"] = new JsonArray([.. required.Union(["apiVersion", "kind"]).Order(StringComparer.Ordinal).Select(r => (JsonNode)r)]);
        if (nested)
        {
            foreach (var child in Subschemas(crd))
            {
                CloseNested(child);
            }
        }

        crd["additionalProperties"] = false;
    }

    /// <summary>
    /// The catalog's rule, applied to one schema and everything below it: an object schema that lists
    /// <c>properties</c> and says nothing of other keys admits no other keys.
    /// </summary>
    public static void CloseNested(JsonObject schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.ContainsKey("properties") && !schema.ContainsKey("additionalProperties"))
        {
            schema["additionalProperties"] = false;
        }

        foreach (var child in Subschemas(schema))
        {
            CloseNested(child);
        }
    }

    private static IEnumerable<JsonObject> Subschemas(JsonObject schema)
    {
        foreach (var map in new[] { "properties", "patternProperties", "definitions", "$defs" })
        {
            if (schema[map] is JsonObject entries)
            {
                foreach (var (_, value) in entries)
                {
                    if (value is JsonObject child)
                    {
                        yield return child;
                    }
                }
            }
        }

        foreach (var single in new[] { "items", "additionalProperties", "not" })
        {
            if (schema[single] is JsonObject child)
            {
                yield return child;
            }
        }

        foreach (var list in new[] { "items", "allOf", "anyOf", "oneOf" })
        {
            if (schema[list] is JsonArray entries)
            {
                foreach (var entry in entries)
                {
                    if (entry is JsonObject child)
                    {
                        yield return child;
                    }
                }
            }
        }
    }

    private static JsonObject Parse(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        try
        {
            return JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static JsonSchema Build(JsonObject json, string file, BuildOptions options)
    {
        try
        {
            return JsonSchema.Build(JsonSerializer.SerializeToElement(json), options);
        }
        catch (JsonSchemaException e)
        {
            throw new InvalidDataException($"data/schemas/{file}: {e.Message}", e);
        }
    }

    private static string Enumerated(JsonObject schema, string property, string file) =>
        schema["properties"]?[property]?["enum"] is JsonArray { Count: 1 } values && values[0]?.GetValue<string>() is { } value
            ? value
            : throw new InvalidDataException($"data/schemas/{file}: properties.{property} does not enumerate exactly one value");

    private static string Relative(string directory, string path) => Path.GetRelativePath(directory, path).Replace('\\', '/');
}
