namespace MlPlatform.KubernetesSchemas.Tests;

public sealed class StackObjectsTests
{
    public static TheoryData<string> Variants => StackVariants.Names;

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task EveryKubernetesObjectOfTheStackMatchesItsSchema(string name)
    {
        var variant = StackVariants.Named(name);

        var result = new SchemaCheck(SchemaCatalog.Repository).Check(variant.Name, await StackVariants.RenderAsync(variant));

        Assert.True(result.Failures.Count == 0, $"{result.Failures.Count} of the objects of {variant.Name} fail their schema or the label syntax:\n{string.Join("\n", result.Failures)}");
        Assert.NotEmpty(result.Checked);
    }

    [Fact]
    public async Task TheVariantsRenderEveryKindOfObjectThePlatformDeclares()
    {
        var check = new SchemaCheck(SchemaCatalog.Repository);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in StackVariants.All)
        {
            kinds.UnionWith(check.Check(variant.Name, await StackVariants.RenderAsync(variant)).Checked.Select(c => c.Kind));
        }

        // Each only appears in some variants: Envoy's GatewayClass, KEDA's ScaledObject (dev), HPAs (prod), Karpenter's CRDs.
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "gateway.networking.k8s.io/v1 GatewayClass", "gateway.networking.k8s.io/v1 Gateway", "gateway.networking.k8s.io/v1 HTTPRoute", "gateway.networking.k8s.io/v1 GRPCRoute",
                "keda.sh/v1alpha1 ScaledObject", "autoscaling/v2 HorizontalPodAutoscaler",
                "karpenter.sh/v1 NodePool", "karpenter.k8s.aws/v1 EC2NodeClass",
                "apps/v1 Deployment", "apps/v1 DaemonSet", "v1 Secret", "v1 PersistentVolumeClaim",
                "Helm values of https://charts.jetstack.io/cert-manager v1.19.1",
                "monitoring.coreos.com/v1 ServiceMonitor", "monitoring.coreos.com/v1 PodMonitor", "monitoring.coreos.com/v1 PrometheusRule", "v1 ConfigMap",
            },
            kinds);
    }
}
