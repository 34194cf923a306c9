using System.Collections.Immutable;
using System.Reflection;
using Pulumi;
using AwsCluster = MlPlatform.Components.Aws.GpuCluster;
using AzureCluster = MlPlatform.Components.Azure.GpuCluster;
using KubernetesAddons = MlPlatform.Components.Kubernetes.GpuAddons;

namespace MlPlatform.Infra.Tests;

public sealed class ComponentTypeTokenTests
{
    // The documented areas of type tokens, by the namespace of the component project.
    private static readonly ImmutableDictionary<string, string> Areas = new Dictionary<string, string>
    {
        [typeof(AwsCluster).Namespace!] = "aws",
        [typeof(AzureCluster).Namespace!] = "azure",
        [typeof(KubernetesAddons).Namespace!] = "k8s",
    }.ToImmutableDictionary();

    private static IEnumerable<Type> ComponentTypes =>
        new[] { typeof(AwsCluster).Assembly, typeof(AzureCluster).Assembly, typeof(KubernetesAddons).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(ComponentResource)) && !t.IsAbstract);

    [Fact]
    public void EveryComponentsTypeTokenIsItsAreaAndClassName()
    {
        var types = ComponentTypes.ToList();

        Assert.Contains(typeof(KubernetesAddons), types);
        Assert.Contains(typeof(MlPlatform.Components.Kubernetes.TeamNamespace), types);
        Assert.All(types, t => Assert.Equal($"mlplatform:{Areas[t.Namespace!]}:{t.Name}", TokenOf(t)));
    }

    [Theory]
    [InlineData("dev", false)]
    [InlineData("dev", true)]
    [InlineData("prod", false)]
    [InlineData("dev-azure", false)]
    [InlineData("prod-azure", false)]
    public async Task EveryDeclaredComponentRegistersItsTypeToken(string stack, bool karpenter)
    {
        var (resources, _) = await PlatformRun.RunAsync(stack, karpenter ? KarpenterPlatformTests.KarpenterOverrides(stack) : null);

        var components = resources.Where(r => r is ComponentResource and not Stack).ToList();
        Assert.NotEmpty(components);
        Assert.All(components, c => Assert.Equal(TokenOf(c.GetType()), c.GetResourceType()));
    }

    private static string? TokenOf(Type type) =>
        type.GetField("TypeToken", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? (string?)field.GetRawConstantValue() : null;
}
