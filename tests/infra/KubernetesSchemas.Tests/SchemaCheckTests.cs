using System.Collections.Immutable;
using MlPlatform.Policies;

namespace MlPlatform.KubernetesSchemas.Tests;

public sealed class SchemaCheckTests
{
    private static readonly SchemaCheck Check = new(SchemaCatalog.Repository);

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static List<object?> List(params object?[] items) => [.. items];

    private static PolicyResource Resource(string type, string name, Dictionary<string, object?> inputs) =>
        PolicyResource.Create($"urn:pulumi:test::mlplatform::{type}::{name}", type, name, inputs);

    private static Dictionary<string, object?> Deployment(Dictionary<string, object?> spec, Dictionary<string, object?>? metadata = null) => Map(
        ("apiVersion", "apps/v1"),
        ("kind", "Deployment"),
        ("metadata", metadata ?? Map(("name", "api"), ("namespace", "team-a"))),
        ("spec", spec));

    private static Dictionary<string, object?> PodTemplate(params (string Key, object? Value)[] container) => Map(
        ("metadata", Map(("labels", Map(("app", "api"))))),
        ("spec", Map(("containers", List(Map([("name", "api"), ("image", "registry.example/api@sha256:00"), .. container]))))));

    private static Dictionary<string, object?> DeploymentSpec(object? replicas) => Map(
        ("replicas", replicas),
        ("selector", Map(("matchLabels", Map(("app", "api"))))),
        ("template", PodTemplate(("ports", List(Map(("containerPort", 8080d)))))));

    private static ObjectFailure Failure(params PolicyResource[] resources) => Assert.Single(Check.Check("test", resources).Failures);

    private static IReadOnlyList<string> ErrorPaths(ObjectFailure failure) => [.. failure.Errors.Select(e => e.Split(':')[0]).Distinct()];

    [Fact]
    public void AValidDeploymentPasses()
    {
        var result = Check.Check("test", [Resource("kubernetes:apps/v1:Deployment", "api", Deployment(DeploymentSpec(2d)))]);

        Assert.Empty(result.Failures);
        Assert.Equal([("apps/v1 Deployment", "api")], result.Checked);
    }

    [Fact]
    public void AMisspeltFieldAndAWrongTypeAreEachRejectedAtTheirPath()
    {
        var spec = DeploymentSpec("2");
        spec["template"] = PodTemplate(("ports", List(Map(("containerPort", 8080d), ("protocl", "TCP"))))); // misspelt

        var failure = Failure(Resource("kubernetes:apps/v1:Deployment", "api", Deployment(spec)));

        Assert.Equal(("test", "api", "apps/v1 Deployment", "kubernetes/deployment-apps-v1.json"), (failure.Stack, failure.Resource, failure.Kind, failure.Schema));
        Assert.Equal(["/spec/replicas", "/spec/template/spec/containers/0/ports/0/protocl"], ErrorPaths(failure).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnUnknownOrSecretLeafIsSkippedButItsKeyIsStillChecked()
    {
        var known = Check.Check("test", [Resource("kubernetes:apps/v1:Deployment", "api", Deployment(DeploymentSpec(UnknownValue.Instance)))]);
        var secret = Check.Check("test", [Resource("kubernetes:apps/v1:Deployment", "api", Deployment(DeploymentSpec(new SecretValue("two"))))]);
        var metadata = Map(("name", "api"), ("labelz", UnknownValue.Instance));
        var misspelt = Failure(Resource("kubernetes:apps/v1:Deployment", "api", Deployment(DeploymentSpec(2d), metadata)));

        Assert.Empty(known.Failures);
        Assert.Empty(secret.Failures);
        Assert.Equal(["/metadata/labelz"], ErrorPaths(misspelt));
    }

    [Fact]
    public void AKindWithoutASchemaFailsNamingIt()
    {
        var failure = Failure(Resource("kubernetes:batch/v1:CronJob", "nightly", Map(("apiVersion", "batch/v1"), ("kind", "CronJob"))));

        Assert.Equal("batch/v1 CronJob", failure.Kind);
        Assert.Null(failure.Schema);
        Assert.Contains("no schema for batch/v1 CronJob", Assert.Single(failure.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCoreGroupTokenIsV1AndArgsThatContradictTheTokenFail()
    {
        var configMap = Check.Check("test", [Resource("kubernetes:core/v1:ConfigMap", "settings", Map(("apiVersion", "v1"), ("kind", "ConfigMap"), ("data", Map(("a", "b")))))]);
        var contradiction = Failure(Resource("kubernetes:core/v1:ConfigMap", "settings", Map(("apiVersion", "v1"), ("kind", "Secret"))));

        Assert.Empty(configMap.Failures);
        Assert.Contains("args say apiVersion v1, kind Secret", Assert.Single(contradiction.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void ARawCrdSchemaIsMadeStrictBelowItsRoot()
    {
        // Gateway API's HTTPRoute schema is the CRD's openAPIV3Schema, which admits any key.
        var route = Map(
            ("apiVersion", "gateway.networking.k8s.io/v1"),
            ("kind", "HTTPRoute"),
            ("metadata", Map(("name", "models"), ("namespace", "gateways"))),
            ("spec", Map(("parentRefs", List(Map(("name", "models"), ("sectionNam", "https")))))));

        var failure = Failure(Resource("kubernetes:gateway.networking.k8s.io/v1:HTTPRoute", "route", route));

        Assert.Equal("crds/gateway.networking.k8s.io/httproute_v1.json", failure.Schema);
        Assert.Equal(["/spec/parentRefs/0/sectionNam"], ErrorPaths(failure));
    }

    [Fact]
    public void ACustomResourceGetsItsApiVersionKindRootKeysAndMetadataChecked()
    {
        // The catalog's NodePool schema checks none of these by itself.
        var pool = Map(
            ("apiVersion", "karpenter.sh/v1"),
            ("kind", "NodePool"),
            ("metadata", Map(("name", "gpu"), ("label", Map(("a", "b"))))),
            ("data", Map()),
            ("spec", Map(("template", Map(("spec", Map(
                ("nodeClassRef", Map(("group", "karpenter.k8s.aws"), ("kind", "EC2NodeClass"), ("name", "gpu"))),
                ("requirements", List()))))))));

        var failure = Failure(Resource(SchemaCheck.CustomResourceType, "pool", pool));

        Assert.Equal(("karpenter.sh/v1 NodePool", "crds/karpenter.sh/nodepool_v1.json"), (failure.Kind, failure.Schema));
        Assert.Equal(["/data", "/metadata/label"], ErrorPaths(failure).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CertManagerValuesAreCheckedAgainstTheChartsSchemaOfThePinnedVersion()
    {
        static PolicyResource Release(string version, Dictionary<string, object?> values) => Resource(SchemaCheck.ReleaseType, "cert-manager", Map(
            ("chart", "cert-manager"),
            ("repositoryOpts", Map(("repo", "https://charts.jetstack.io"))),
            ("version", version),
            ("values", values)));

        var valid = Check.Check("test", [Release("v1.19.1", Map(("crds", Map(("enabled", true)))))]);
        var misspelt = Failure(Release("v1.19.1", Map(("crds", Map(("enable", true))))));
        var otherVersion = Failure(Release("v1.18.0", Map(("crds", Map(("enabled", true))))));

        Assert.Empty(valid.Failures);
        Assert.Equal([("Helm values of https://charts.jetstack.io/cert-manager v1.19.1", "cert-manager")], valid.Checked);
        Assert.Equal(["/crds/enable"], ErrorPaths(misspelt));
        Assert.Contains("for chart version v1.19.1, the release pins v1.18.0", Assert.Single(otherVersion.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void AChartWithNoValuesSchemaMustBeListedWithAReason()
    {
        var listed = Check.Check("test", [Resource(SchemaCheck.ReleaseType, "keda", Map(("chart", "keda"), ("repositoryOpts", Map(("repo", "https://kedacore.github.io/charts"))), ("version", "2.20.2")))]);
        var unlisted = Failure(Resource(SchemaCheck.ReleaseType, "other", Map(("chart", "oci://registry.example/charts/other"), ("version", "1.0.0"))));

        Assert.Empty(listed.Failures);
        Assert.Empty(listed.Checked);
        Assert.Contains("no values schema for chart oci://registry.example/charts/other", Assert.Single(unlisted.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void EverySchemaFileIsForAKindOrChartTheCatalogNames()
    {
        Assert.Empty(SchemaCatalog.Repository.Unused);
        Assert.Contains(("gateway.networking.k8s.io/v1", "GatewayClass"), SchemaCatalog.Repository.Kinds);
        Assert.Contains(("apps/v1", "Deployment"), SchemaCatalog.Repository.Kinds);
    }

    [Fact]
    public void TheCatalogRuleClosesNestedObjectsOnlyWhereTheSchemaSaysNothing()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse("""
            {"type":"object","properties":{"spec":{"type":"object","properties":{"a":{"type":"string"}},"required":["a"]},
             "labels":{"type":"object","additionalProperties":{"type":"string"}},
             "list":{"type":"array","items":{"type":"object","properties":{"b":{"type":"integer"}}}}}}
            """)!.AsObject();

        SchemaCatalog.CloseNested(schema);

        Assert.False(schema["properties"]!["spec"]!["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("string", (string?)schema["properties"]!["labels"]!["additionalProperties"]!["type"]);
        Assert.False(schema["properties"]!["list"]!["items"]!["additionalProperties"]!.GetValue<bool>());
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void ALabelValueLongerThanALabelMayBeIsRejectedWhereverTheLabelsAre()
    {
        var digest = new string('a', 64);
        var spec = DeploymentSpec(1d);
        spec["selector"] = Map(("matchLabels", Map(("app", "api"), ("bad key!", "x"))));
        var metadata = Map(("name", "api"), ("labels", Map(("app.kubernetes.io/version", digest), ("app.kubernetes.io/name", "api"))));

        var failure = Failure(Resource("kubernetes:apps/v1:Deployment", "api", Deployment(spec, metadata)));

        Assert.Equal(["/metadata/labels/app.kubernetes.io~1version", "/spec/selector/matchLabels/bad key!"], ErrorPaths(failure).Order(StringComparer.Ordinal));
    }
}
