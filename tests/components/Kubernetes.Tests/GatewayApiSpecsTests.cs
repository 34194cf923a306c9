using System.Collections.Immutable;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class GatewayApiSpecsTests
{
    private static readonly GatewayParent Parent = new("models", "mlplatform-gateway", "https");

    private static ImmutableArray<ImmutableDictionary<string, object>> Rules(ModelTraffic traffic) =>
        [.. GatewayApiSpecs.ModelRoute(traffic, Parent, "models.example.com").Objs("rules")];

    private static ImmutableDictionary<string, object> SplitRule(ModelTraffic traffic) =>
        Rules(traffic).Single(r => r.Objs("backendRefs").Any(b => b.ContainsKey("weight")));

    [Fact]
    public void SplitRuleCarriesTheConfiguredWeightsPerVersionService()
    {
        var backends = SplitRule(K8sTest.Traffic()).Objs("backendRefs").ToList();
        Assert.Equal(["ocr-cls-v1", "ocr-cls-v2"], backends.Select(b => b.Str("name")).ToArray());
        Assert.Equal([90, 10], backends.Select(b => (int)b["weight"]).ToArray());
        Assert.Equal(100, backends.Sum(b => (int)b["weight"]));
    }

    [Fact]
    public void EachVersionHasAVersionedPathRule()
    {
        var paths = Rules(K8sTest.Traffic()).SelectMany(r => r.Objs("matches")).Where(m => !m.ContainsKey("headers")).Select(m => m.Obj("path").Str("value")).ToList();
        Assert.Contains("/v2/models/ocr-cls/versions/1", paths);
        Assert.Contains("/v2/models/ocr-cls/versions/2", paths);
        Assert.Contains("/v2/models/ocr-cls", paths);
    }

    [Fact]
    public void HeaderPinsARequestToItsVersion()
    {
        var pinned = Rules(K8sTest.Traffic())
            .Where(r => r.Objs("matches").Single().ContainsKey("headers"))
            .Select(r => (Match: r.Objs("matches").Single(), Backend: r.Objs("backendRefs").Single()))
            .ToDictionary(r => r.Match.Objs("headers").Single().Str("value"), r => r.Backend.Str("name"));
        Assert.Equal("ocr-cls-v1", pinned["1"]);
        Assert.Equal("ocr-cls-v2", pinned["2"]);
        Assert.All(Rules(K8sTest.Traffic()).SelectMany(r => r.Objs("matches")).Where(m => m.ContainsKey("headers")),
            m => Assert.Equal(GatewayApiSpecs.VersionHeader, m.Objs("headers").Single().Str("name")));
    }

    [Fact]
    public void ShadowIsARequestMirrorWithThePercentage()
    {
        var filter = SplitRule(K8sTest.Traffic(new ModelShadow("3", 15))).Objs("filters").Single();
        Assert.Equal("RequestMirror", filter.Str("type"));
        var mirror = filter.Obj("requestMirror");
        Assert.Equal(15, (int)mirror["percent"]);
        Assert.Equal("ocr-cls-v3", mirror.Obj("backendRef").Str("name"));
    }

    [Fact]
    public void WithoutShadowThereIsNoMirror() =>
        Assert.DoesNotContain(Rules(K8sTest.Traffic()), r => r.ContainsKey("filters"));

    [Fact]
    public void RolledBackVersionStaysAsABackendWithWeightZero()
    {
        var backends = SplitRule(K8sTest.Traffic() with { Versions = [new("1", 100), new("2", 0)] }).Objs("backendRefs").ToList();
        Assert.Equal(0, (int)backends.Single(b => b.Str("name") == "ocr-cls-v2")["weight"]);
    }

    [Fact]
    public void RouteAttachesToTheHttpsListenerOnTheCanonicalDomain()
    {
        var route = GatewayApiSpecs.ModelRoute(K8sTest.Traffic(), Parent, "models.example.com");
        var parent = route.Objs("parentRefs").Single();
        Assert.Equal("https", parent.Str("sectionName"));
        Assert.Equal("mlplatform-gateway", parent.Str("namespace"));
        Assert.Equal(["models.example.com"], route.List("hostnames").Cast<string>().ToArray());
    }

    [Fact]
    public void InvalidSplitIsRefusedBeforeAnyRouteIsBuilt() =>
        Assert.Throws<InvalidSpecException>(() => GatewayApiSpecs.ModelRoute(K8sTest.Traffic() with { Versions = [new("1", 50)] }, Parent, "d.example.com"));

    [Fact]
    public void TooManyVersionsForTheRuleLimitAreRefused()
    {
        var versions = Enumerable.Range(1, 8).Select(i => new ModelVersionWeight($"{i}", i == 1 ? 100 : 0)).ToImmutableArray();
        var error = Assert.Throws<InvalidSpecException>(() => GatewayApiSpecs.ModelRoute(K8sTest.Traffic() with { Versions = versions }, Parent, "d.example.com"));
        Assert.Contains(error.Errors, e => e.Path == "models[ocr-cls].versions");
    }

    [Fact]
    public void GatewayTerminatesTlsWithTheCertificateSecretAndOnlyAdmitsLabelledNamespaces()
    {
        var gateway = GatewayApiSpecs.Gateway("eg", "models.example.com", "models-tls");
        var https = gateway.Objs("listeners").Single(l => l.Str("name") == "https");
        Assert.Equal(443, (int)https["port"]);
        Assert.Equal("Terminate", https.Obj("tls").Str("mode"));
        Assert.Equal("models-tls", https.Obj("tls").Objs("certificateRefs").Single().Str("name"));
        Assert.Equal("true", https.Obj("allowedRoutes").Obj("namespaces").Obj("selector").Obj("matchLabels")[GatewayApiSpecs.GatewayAccessLabel]);
    }

    [Fact]
    public void HttpListenerOnlyRedirectsToHttps()
    {
        var redirect = GatewayApiSpecs.HttpsRedirect(Parent, "models.example.com");
        Assert.Equal("http", redirect.Objs("parentRefs").Single().Str("sectionName"));
        var filter = redirect.Objs("rules").Single().Objs("filters").Single();
        Assert.Equal("https", filter.Obj("requestRedirect").Str("scheme"));
    }
}
