using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using CustomResource = Pulumi.Kubernetes.ApiExtensions.CustomResource;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The in-cluster side of the GPU layer on either cloud: the NVIDIA device plugin (one DaemonSet per time-slicing group,
/// with its config) and the priority expander ConfigMap that ranks every pool's spot groups above its on-demand
/// fallbacks (AKS's managed autoscaler reads it; on EKS the cluster-autoscaler extension installs the reader). What only
/// one cloud has plugs in through <see cref="GpuAddonsArgs.Extensions"/>. All in <c>kube-system</c> or cluster-scoped.
/// </summary>
public sealed class GpuAddons : ComponentResource
{
    public const string TypeToken = "mlplatform:k8s:GpuAddons";

    /// <summary>The token of the AWS-only component this one replaced (an alias keeps existing stacks' objects).</summary>
    public const string FormerAwsTypeToken = "mlplatform:aws:GpuClusterAddons";

    public GpuAddons(string name, GpuAddonsArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var plugins = new List<string>();
        foreach (var (replicas, pools) in NvidiaDevicePluginManifests.SharingGroups(args.Pools))
        {
            var pluginName = NvidiaDevicePluginManifests.Name(replicas);
            var dependencies = new List<Resource>();
            if (replicas > 1)
            {
                dependencies.Add(new ConfigMap($"{name}-{pluginName}", new ConfigMapArgs
                {
                    Metadata = new ObjectMetaArgs { Name = pluginName, Namespace = NvidiaDevicePluginManifests.Namespace },
                    Data = { { "config.yaml", NvidiaDevicePluginManifests.TimeSlicingConfig(replicas) } },
                }, Child(args, $"{name}-{pluginName}-config")));
            }

            var manifest = NvidiaDevicePluginManifests.DaemonSet(args.DevicePluginImage, replicas, pools);
            _ = new CustomResource(
                $"{name}-{pluginName}",
                ManifestArgs.From(args.AdjustNodeAgent?.Invoke(manifest) ?? manifest),
                Child(args, $"{name}-{pluginName}", [.. dependencies]));
            plugins.Add(pluginName);
        }

        ConfigMap? priorities = null;
        if (!args.PriorityExpanderEntries.IsDefaultOrEmpty)
        {
            priorities = new ConfigMap($"{name}-priority-expander", new ConfigMapArgs
            {
                Metadata = new ObjectMetaArgs { Name = PriorityExpanderConfig.ConfigMapName, Namespace = PriorityExpanderConfig.ConfigMapNamespace },
                Data = { { "priorities", PriorityExpanderConfig.Yaml(args.PriorityExpanderEntries) } },
            }, Child(args, $"{name}-priority-expander"));
        }

        var scope = new GpuAddonsScope(name, this, args.Provider, priorities);
        foreach (var extension in args.Extensions.IsDefault ? [] : args.Extensions)
        {
            extension.AddTo(scope);
        }

        DevicePlugins = Output.Create(plugins.ToImmutableArray());
        RegisterOutputs(new Dictionary<string, object?> { ["devicePlugins"] = DevicePlugins });
    }

    /// <summary>Names of the device plugin DaemonSets.</summary>
    [Output("devicePlugins")]
    public Output<ImmutableArray<string>> DevicePlugins { get; private set; }

    private CustomResourceOptions Child(GpuAddonsArgs args, string rootName, params Resource[] dependsOn)
    {
        var options = new CustomResourceOptions { Parent = this, Provider = args.Provider };
        foreach (var resource in dependsOn)
        {
            options.DependsOn.Add(resource);
        }

        if (args.FormerlyAtStackRoot)
        {
            options.Aliases.Add(new Alias { Name = rootName, NoParent = true });
        }

        return options;
    }
}
