using System.Collections.Concurrent;
using System.Collections.Immutable;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Testing;
using Pulumi;

namespace MlPlatform.Infra.Tests;

public sealed class KubernetesLayerPlatformTests
{
    [Theory]
    [InlineData("dev", false)]
    [InlineData("prod", false)]
    [InlineData("dev", true)]
    [InlineData("dev-azure", false)]
    [InlineData("prod-azure", false)]
    public async Task OneKubernetesProviderServesEveryInClusterObject(string stack, bool karpenter)
    {
        var (_, mocks) = await PlatformRun.RunAsync(stack, karpenter ? KarpenterPlatformTests.KarpenterOverrides(stack) : null);

        var provider = Assert.Single(mocks.OfType("pulumi:providers:kubernetes"));
        Assert.Equal(ClusterProvider.Name, provider.Name);
        var objects = mocks.Resources.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(objects);
        var reference = Assert.Single(objects.Select(o => o.Provider).Distinct(StringComparer.Ordinal));
        Assert.Contains($"pulumi:providers:kubernetes::{ClusterProvider.Name}::", reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAwsGpuAddonsKeepTheirFormerComponentTypeAsAnAlias()
    {
        var aliases = await AliasesAsync("dev");

        var alias = Assert.Single(aliases[$"{GpuAddons.TypeToken}::gpu-addons"]);
        Assert.Equal(GpuAddons.FormerAwsTypeToken, await alias.Type!.ToOutput().GetAsync());
        Assert.Null(alias.Name);
        Assert.False(alias.NoParent);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public async Task WarmerObjectsKeepTheirStackRootUrnsAsAliases(string stack)
    {
        var aliases = await AliasesAsync(stack);

        foreach (var key in new[] { "kubernetes:core/v1:Namespace::node-agents", "kubernetes:core/v1:ServiceAccount::dataset-warmer", "kubernetes:apps/v1:DaemonSet::dataset-warmer" })
        {
            var alias = Assert.Single(aliases[key], a => a.Type is null);
            Assert.True(alias.NoParent);
            Assert.Null(alias.Name);
        }
    }

    [Fact]
    public async Task AzureGpuAddonsKeepTheirStackRootNamesAsAliases()
    {
        var aliases = await AliasesAsync("dev-azure");

        var moved = aliases.Where(a => a.Key.StartsWith("kubernetes:", StringComparison.Ordinal) && a.Key.Contains("::gpu-", StringComparison.Ordinal)).ToList();
        Assert.Contains(moved, a => a.Key == "kubernetes:core/v1:ConfigMap::gpu-priority-expander");
        Assert.Contains(moved, a => a.Key.StartsWith("kubernetes:apps/v1:DaemonSet::gpu-nvidia-device-plugin", StringComparison.Ordinal));
        foreach (var (key, list) in moved)
        {
            var alias = Assert.Single(list);
            Assert.True(alias.NoParent, key);
            var name = await alias.Name!.ToOutput().GetAsync();
            Assert.StartsWith("gpu-", name, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public async Task TheKubernetesLayersOwnObjectsCarryNoAlias(string stack)
    {
        var aliases = await AliasesAsync(stack);

        Assert.Empty(aliases[$"{ModelIngress.TypeToken}::models"]);
        Assert.Empty(aliases["pulumi:providers:kubernetes::kubernetes"]);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public async Task RenamedComponentTokensKeepTheirFormerTokensAsAliases(string stack)
    {
        var aliases = await AliasesAsync(stack);

        var scheduler = Assert.Single(aliases[$"{SchedulerDeployment.TypeToken}::scheduler"]);
        Assert.Equal(SchedulerDeployment.FormerTypeToken, await scheduler.Type!.ToOutput().GetAsync());
        var teams = aliases.Where(a => a.Key.StartsWith($"{TeamNamespace.TypeToken}::", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(teams);
        foreach (var (_, list) in teams)
        {
            Assert.Equal(TeamNamespace.FormerTypeToken, await Assert.Single(list).Type!.ToOutput().GetAsync());
        }
    }

    private static async Task<ImmutableDictionary<string, ImmutableArray<Alias>>> AliasesAsync(string stack)
    {
        var seen = new ConcurrentDictionary<string, ImmutableArray<Alias>>();
        ResourceTransformation recorder = args =>
        {
            seen[$"{args.Resource.GetResourceType()}::{args.Resource.GetResourceName()}"] = [.. args.Options.Aliases.Select(a => a.ToOutput().GetAsync().GetAwaiter().GetResult())];
            return null;
        };

        await PlatformRun.RunAsync(stack, hooks: new PlatformStackHooks([recorder]));
        return seen.ToImmutableDictionary();
    }
}
