using MlPlatform.Testing;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class ModelIngressTests
{
    private const string RouteType = "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute";

    [Fact]
    public async Task ModelRouteWeightsSumTo100AndMatchTheConfig()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new ModelIngress("ingress", K8sTest.IngressArgs(K8sTest.Traffic())));
        var route = mocks.OfType(RouteType).Single(r => r.Inputs.Obj("metadata").Str("name") == "ocr-cls").Inputs;
        Assert.Equal("vision", route.Obj("metadata").Str("namespace"));
        var weights = route.Obj("spec").Objs("rules").SelectMany(r => r.Objs("backendRefs")).Where(b => b.ContainsKey("weight"))
            .ToDictionary(b => b.Str("name"), b => b.Num("weight"));
        Assert.Equal(90, weights["ocr-cls-v1"]);
        Assert.Equal(10, weights["ocr-cls-v2"]);
        Assert.Equal(100, weights.Values.Sum());
    }

    [Fact]
    public async Task ShadowTrafficIsMirroredWithItsPercentage()
    {
        var traffic = K8sTest.Traffic(new ModelShadow("3", 20));
        var (mocks, _) = await K8sTest.DeployAsync(() => new ModelIngress("ingress", K8sTest.IngressArgs(traffic)));
        var route = mocks.OfType(RouteType).Single(r => r.Inputs.Obj("metadata").Str("name") == "ocr-cls").Inputs;
        var mirror = route.Obj("spec").Objs("rules").Where(r => r.ContainsKey("filters")).SelectMany(r => r.Objs("filters")).Single();
        Assert.Equal("RequestMirror", mirror.Str("type"));
        Assert.Equal(20, mirror.Obj("requestMirror").Num("percent"));
    }

    [Fact]
    public async Task EachModelGetsAGrpcRouteWithTheSameSplitPinsAndMirrorOnTheGrpcPort()
    {
        var traffic = K8sTest.Traffic(new ModelShadow("3", 20));
        var (mocks, _) = await K8sTest.DeployAsync(() => new ModelIngress("ingress", K8sTest.IngressArgs(traffic)));
        var route = mocks.OfType("kubernetes:gateway.networking.k8s.io/v1:GRPCRoute").Single(r => r.Inputs.Obj("metadata").Str("name") == "ocr-cls").Inputs;
        var rules = route.Obj("spec").Objs("rules").ToList();
        var split = rules.Single(r => r.ContainsKey("filters"));
        var weights = split.Objs("backendRefs").ToDictionary(b => b.Str("name"), b => b.Num("weight"));
        var pinned = rules.Where(r => !r.ContainsKey("filters")).Select(r => r.Objs("matches").Single().Objs("headers").Single(h => h.Str("name") == "x-model-version").Str("value"));

        Assert.Equal((90, 10), (weights["ocr-cls-v1"], weights["ocr-cls-v2"]));
        Assert.All(rules.SelectMany(r => r.Objs("backendRefs")), b => Assert.Equal(InferenceServiceArgs.DefaultGrpcPort, b.Num("port")));
        Assert.Equal(["1", "2", "3"], pinned.Order());
        Assert.All(rules, r => Assert.Equal("ocr-cls", r.Objs("matches").Single().Objs("headers").Single(h => h.Str("name") == "x-model-name").Str("value")));
        Assert.Equal(20, split.Objs("filters").Single().Obj("requestMirror").Num("percent"));
    }

    [Fact]
    public async Task GatewayUsesTheCertificateSecretAndIssuer()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new ModelIngress("ingress", K8sTest.IngressArgs(K8sTest.Traffic())));
        var gateway = Assert.Single(mocks.OfType("kubernetes:gateway.networking.k8s.io/v1:Gateway")).Inputs;
        Assert.Equal("letsencrypt", gateway.Obj("metadata").Obj("annotations")["cert-manager.io/cluster-issuer"]);
        Assert.Equal("eg", gateway.Obj("spec").Str("gatewayClassName"));
        Assert.Equal("gateway.networking.k8s.io/v1", gateway.Str("apiVersion"));
    }

    [Fact]
    public async Task OutputsTheCanonicalBaseUrlAndEachModelsRoute()
    {
        var (_, ingress) = await K8sTest.DeployAsync(() => new ModelIngress("ingress", K8sTest.IngressArgs(K8sTest.Traffic())));
        Assert.Equal("https://models.dev.example.com", await ingress.BaseUrl.GetAsync());
        Assert.Equal("https://models.dev.example.com/v2/models/ocr-cls", (await ingress.ModelRoutes.GetAsync())["ocr-cls"]);
    }

    [Fact]
    public void InvalidDomainAndSplitAreReportedTogether()
    {
        var args = K8sTest.IngressArgs(K8sTest.Traffic() with { Versions = [new("1", 60)] });
        var errors = ModelIngress.Validate(new ModelIngressArgs { Domain = "not a host", TlsSecretName = "", GatewayClassName = "eg", Models = args.Models });
        var paths = errors.Select(e => e.Path).ToList();
        Assert.Contains("ingress.domain", paths);
        Assert.Contains("ingress.tlsSecretName", paths);
        Assert.Contains("models[ocr-cls].versions", paths);
    }
}
