using System.Collections.Concurrent;
using System.Collections.Immutable;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class GpuAddonsTests
{
    private static GpuPoolSpec Pool(string name, int sharing) =>
        new(name, ["g6.xlarge", "g6.2xlarge"], [], 0, 2, GpuSharingReplicas: sharing);

    private static async Task<EchoMocks> DeployAsync(Func<ProviderResource, GpuAddonsArgs> args, ComponentResourceOptions? options = null)
    {
        var mocks = K8sTest.Mocks();
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "apiVersion: v1" });
            _ = new GpuAddons("gpu", args(provider), options);
        });
        return mocks;
    }

    [Fact]
    public async Task EachTimeSlicingGroupGetsItsOwnDevicePluginWithItsConfig()
    {
        var mocks = await DeployAsync(p => new GpuAddonsArgs { Provider = p, Pools = [Pool("train", 1), Pool("serve", 4), Pool("dev", 4)] });

        var plugins = mocks.OfType("kubernetes:apps/v1:DaemonSet");
        Assert.Equal(2, plugins.Count);
        var shared = plugins.Single(d => d.Inputs.Obj("metadata")["name"] is "nvidia-device-plugin-shared-4");
        var term = shared.PodSpec().Obj("affinity").Obj("nodeAffinity").Obj("requiredDuringSchedulingIgnoredDuringExecution").Objs("nodeSelectorTerms").Single();
        Assert.Equal(["dev", "serve"], term.Objs("matchExpressions").Single().List("values").Cast<string>());
        var config = Assert.Single(mocks.OfType("kubernetes:core/v1:ConfigMap"));
        Assert.Contains("replicas: 4", config.Inputs.Obj("data").Str("config.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevicePluginToleratesTheGpuTaintAndRunsAsNodeCritical()
    {
        var mocks = await DeployAsync(p => new GpuAddonsArgs { Provider = p, Pools = [Pool("train", 1)] });

        var pod = Assert.Single(mocks.OfType("kubernetes:apps/v1:DaemonSet")).PodSpec();
        Assert.Equal(GpuNodeLabels.GpuTaintKey, Assert.Single(pod.Objs("tolerations")).Str("key"));
        Assert.Equal("system-node-critical", pod.Str("priorityClassName"));
    }

    [Fact]
    public async Task TheCloudsNodeAgentAdjustmentReachesEveryDevicePlugin()
    {
        var mocks = await DeployAsync(p => new GpuAddonsArgs
        {
            Provider = p,
            Pools = [Pool("train", 1), Pool("serve", 2)],
            AdjustNodeAgent = manifest => manifest.SetItem("metadata", ((ImmutableDictionary<string, object>)manifest["metadata"]).SetItem("labels", ImmutableDictionary<string, object>.Empty.Add("adjusted", "yes"))),
        });

        Assert.All(mocks.OfType("kubernetes:apps/v1:DaemonSet"), d => Assert.Equal("yes", d.Labels()["adjusted"]));
    }

    [Fact]
    public async Task PriorityExpanderConfigMapMergesEveryPoolsEntries()
    {
        var entries = ImmutableArray.Create(new PriorityExpanderEntry(50, "^c-a-spot.*"), new PriorityExpanderEntry(10, "^c-a-ondemand.*"), new PriorityExpanderEntry(50, "^c-b-spot.*"));

        var mocks = await DeployAsync(p => new GpuAddonsArgs { Provider = p, Pools = [Pool("a", 1)], PriorityExpanderEntries = entries });

        var configMap = Assert.Single(mocks.OfType("kubernetes:core/v1:ConfigMap"));
        Assert.Equal(PriorityExpanderConfig.ConfigMapName, configMap.Inputs.Obj("metadata")["name"]);
        Assert.Equal("50:\n  - '^c-a-spot.*'\n  - '^c-b-spot.*'\n10:\n  - '^c-a-ondemand.*'\n", configMap.Inputs.Obj("data")["priorities"]);
    }

    [Fact]
    public async Task WithoutEntriesThereIsNoPriorityConfigMapAndExtensionsSeeNone()
    {
        var extension = new RecordingExtension();

        var mocks = await DeployAsync(p => new GpuAddonsArgs { Provider = p, Pools = [Pool("a", 1)], Extensions = [extension] });

        Assert.Empty(mocks.OfType("kubernetes:core/v1:ConfigMap"));
        var scope = Assert.Single(extension.Scopes);
        Assert.Null(scope.PriorityExpander);
        Assert.Equal("gpu", scope.Name);
    }

    [Fact]
    public async Task ExtensionsDeclareTheirObjectsAsChildrenThroughTheClusterProvider()
    {
        var extension = new RecordingExtension();

        await DeployAsync(p => new GpuAddonsArgs { Provider = p, Pools = [Pool("a", 1)], PriorityExpanderEntries = [new PriorityExpanderEntry(50, "^a-spot.*")], Extensions = [extension] });

        var scope = Assert.Single(extension.Scopes);
        Assert.NotNull(scope.PriorityExpander);
        var options = scope.Child(scope.PriorityExpander!);
        Assert.Same(scope.Parent, options.Parent);
        Assert.Same(scope.Provider, options.Provider);
        Assert.Equal("k8s", scope.Provider.GetResourceName());
    }

    [Fact]
    public async Task ObjectsMovedFromTheStackRootKeepTheirRootUrnsAsAliases()
    {
        var aliases = new ConcurrentDictionary<string, ImmutableArray<Alias>>();
        var recorder = new ComponentResourceOptions { ResourceTransformations = { Recorder(aliases) } };

        await DeployAsync(p => new GpuAddonsArgs { Provider = p, Pools = [Pool("a", 2)], PriorityExpanderEntries = [new PriorityExpanderEntry(50, "^a-spot.*")], FormerlyAtStackRoot = true }, recorder);

        var plugin = NvidiaDevicePluginManifests.Name(2);
        Assert.Equal(
            [$"gpu-{plugin}", $"gpu-{plugin}-config", "gpu-priority-expander"],
            aliases.Values.Select(a => Assert.Single(a)).Where(a => a.NoParent).Select(a => (string)OutputString(a.Name!)).Order(StringComparer.Ordinal));
        Assert.Equal(3, aliases.Count);
    }

    [Fact]
    public async Task ObjectsDeclaredUnderTheComponentFromTheStartCarryNoAlias()
    {
        var aliases = new ConcurrentDictionary<string, ImmutableArray<Alias>>();

        await DeployAsync(p => new GpuAddonsArgs { Provider = p, Pools = [Pool("a", 2)] }, new ComponentResourceOptions { ResourceTransformations = { Recorder(aliases) } });

        Assert.NotEmpty(aliases);
        Assert.All(aliases.Values, a => Assert.Empty(a));
    }

    internal static ResourceTransformation Recorder(ConcurrentDictionary<string, ImmutableArray<Alias>> aliases) => args =>
    {
        if (args.Resource is not ComponentResource)
        {
            aliases[$"{args.Resource.GetResourceType()}::{args.Resource.GetResourceName()}"] =
                [.. args.Options.Aliases.Select(a => a.ToOutput().GetAsync().GetAwaiter().GetResult())];
        }

        return null;
    };

    internal static string OutputString(Input<string> value) => value.ToOutput().GetAsync().GetAwaiter().GetResult();

    private sealed class RecordingExtension : IGpuAddonsExtension
    {
        public ConcurrentQueue<GpuAddonsScope> Scopes { get; } = new();

        public void AddTo(GpuAddonsScope scope) => Scopes.Enqueue(scope);
    }
}
