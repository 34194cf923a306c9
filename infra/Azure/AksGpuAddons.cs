using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.Components.Azure;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using ManifestArgs = MlPlatform.Components.Aws.ManifestArgs;
using NvidiaDevicePluginManifests = MlPlatform.Components.Aws.NvidiaDevicePluginManifests;

namespace MlPlatform.Infra.Azure;

/// <summary>
/// The in-cluster side of the GPU layer on AKS, through a Kubernetes provider built from the cluster's kubeconfig: the
/// priority expander ConfigMap that AKS's managed cluster autoscaler reads (every pool's spot agent pools above its
/// on-demand ones; AKS runs the autoscaler itself, so none is installed), and the NVIDIA device plugin (AKS installs the
/// driver on GPU nodes). The device plugin manifests are the cloud-neutral ones also used on AWS, not a copy; AKS spot
/// nodes carry the <c>kubernetes.azure.com/scalesetpriority</c> taint, so the plugin must tolerate it too.
/// </summary>
public static class AksGpuAddons
{
    public static void Deploy(GpuCluster cluster, ImmutableArray<GpuPoolSpec> pools, ImmutableArray<PriorityExpanderEntry> priorities, string devicePluginImage)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var provider = new Pulumi.Kubernetes.Provider("azure-cluster", new Pulumi.Kubernetes.ProviderArgs
        {
            KubeConfig = cluster.Kubeconfig,
            EnableServerSideApply = true,
        }, new CustomResourceOptions { DependsOn = { cluster } });
        var options = new CustomResourceOptions { Provider = provider };

        _ = new ConfigMap("gpu-priority-expander", new ConfigMapArgs
        {
            Metadata = new ObjectMetaArgs { Name = PriorityExpanderConfig.ConfigMapName, Namespace = PriorityExpanderConfig.ConfigMapNamespace },
            Data = { { "priorities", PriorityExpanderConfig.Yaml(priorities) } },
        }, options);

        foreach (var (replicas, names) in NvidiaDevicePluginManifests.SharingGroups(pools))
        {
            var pluginName = NvidiaDevicePluginManifests.Name(replicas);
            var pluginOptions = new CustomResourceOptions { Provider = provider };
            if (replicas > 1)
            {
                var config = new ConfigMap($"gpu-{pluginName}-config", new ConfigMapArgs
                {
                    Metadata = new ObjectMetaArgs { Name = pluginName, Namespace = NvidiaDevicePluginManifests.Namespace },
                    Data = { { "config.yaml", NvidiaDevicePluginManifests.TimeSlicingConfig(replicas) } },
                }, options);
                pluginOptions.DependsOn.Add(config);
            }

            var manifest = AksManifests.TolerateSpot(NvidiaDevicePluginManifests.DaemonSet(devicePluginImage, replicas, names));
            _ = new Pulumi.Kubernetes.ApiExtensions.CustomResource($"gpu-{pluginName}", ManifestArgs.From(manifest), pluginOptions);
        }
    }
}
