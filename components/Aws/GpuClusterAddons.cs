using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Rbac.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace MlPlatform.Components.Aws;

/// <summary>
/// The in-cluster objects the AWS GPU layer needs: the NVIDIA device plugin (one DaemonSet per time-slicing group, with
/// its config), the cluster-autoscaler priority expander ConfigMap that ranks spot node groups above their on-demand
/// fallbacks, and, under Karpenter, the EC2NodeClasses and NodePools (after the controller's release, which brings
/// their CRDs). All in <c>kube-system</c> or cluster-scoped.
/// </summary>
public sealed class GpuClusterAddons : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:GpuClusterAddons";

    public GpuClusterAddons(string name, GpuClusterAddonsArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var child = new CustomResourceOptions { Parent = this, Provider = args.Provider };
        var plugins = new List<string>();
        foreach (var (replicas, pools) in NvidiaDevicePluginManifests.SharingGroups(args.Pools))
        {
            var pluginName = NvidiaDevicePluginManifests.Name(replicas);
            var pluginOptions = child;
            if (replicas > 1)
            {
                var config = new ConfigMap($"{name}-{pluginName}", new ConfigMapArgs
                {
                    Metadata = new ObjectMetaArgs { Name = pluginName, Namespace = NvidiaDevicePluginManifests.Namespace },
                    Data = { { "config.yaml", NvidiaDevicePluginManifests.TimeSlicingConfig(replicas) } },
                }, child);
                pluginOptions = new CustomResourceOptions { Parent = this, Provider = args.Provider, DependsOn = { config } };
            }

            _ = new Pulumi.Kubernetes.ApiExtensions.CustomResource($"{name}-{pluginName}", ManifestArgs.From(NvidiaDevicePluginManifests.DaemonSet(args.DevicePluginImage, replicas, pools)), pluginOptions);
            plugins.Add(pluginName);
        }

        if (!args.PriorityExpanderEntries.IsDefaultOrEmpty)
        {
            var priorities = new ConfigMap($"{name}-priority-expander", new ConfigMapArgs
            {
                Metadata = new ObjectMetaArgs { Name = PriorityExpanderConfig.ConfigMapName, Namespace = PriorityExpanderConfig.ConfigMapNamespace },
                Data = { { "priorities", PriorityExpanderConfig.Yaml(args.PriorityExpanderEntries) } },
            }, child);
            DeployClusterAutoscaler(name, args, priorities, child);
        }

        // The chart brings the CRDs: a NodePool declared before them fails with "no matches for kind".
        var karpenterOptions = args.KarpenterRelease is null
            ? child
            : new CustomResourceOptions { Parent = this, Provider = args.Provider, DependsOn = { args.KarpenterRelease } };
        foreach (var manifest in args.KarpenterManifests.IsDefault ? [] : args.KarpenterManifests)
        {
            var metadata = (IReadOnlyDictionary<string, object>)manifest["metadata"];
            _ = new Pulumi.Kubernetes.ApiExtensions.CustomResource($"{name}-{((string)manifest["kind"]).ToLowerInvariant()}-{metadata["name"]}", ManifestArgs.From(manifest), karpenterOptions);
        }

        DevicePlugins = Output.Create(plugins.ToImmutableArray());
        RegisterOutputs(new Dictionary<string, object?> { ["devicePlugins"] = DevicePlugins });
    }

    private void DeployClusterAutoscaler(string name, GpuClusterAddonsArgs args, Resource priorities, CustomResourceOptions child)
    {
        const string autoscaler = ClusterAutoscalerManifests.Name;
        var meta = new ObjectMetaArgs { Name = autoscaler, Namespace = ClusterAutoscalerManifests.Namespace };
        var account = new ServiceAccount($"{name}-{autoscaler}", new ServiceAccountArgs { Metadata = meta }, child);
        var clusterRole = new ClusterRole($"{name}-{autoscaler}", new ClusterRoleArgs
        {
            Metadata = new ObjectMetaArgs { Name = autoscaler },
            Rules = [.. ClusterAutoscalerManifests.ClusterRules.Select(Rule)],
        }, child);
        var role = new Pulumi.Kubernetes.Rbac.V1.Role($"{name}-{autoscaler}", new RoleArgs
        {
            Metadata = meta,
            Rules = [.. ClusterAutoscalerManifests.NamespaceRules.Select(Rule)],
        }, child);
        SubjectArgs subject = new() { Kind = "ServiceAccount", Name = autoscaler, Namespace = ClusterAutoscalerManifests.Namespace };
        var clusterBinding = new ClusterRoleBinding($"{name}-{autoscaler}", new ClusterRoleBindingArgs
        {
            Metadata = new ObjectMetaArgs { Name = autoscaler },
            RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = autoscaler },
            Subjects = { subject },
        }, child);
        var binding = new RoleBinding($"{name}-{autoscaler}", new RoleBindingArgs
        {
            Metadata = meta,
            RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = autoscaler },
            Subjects = { subject },
        }, child);
        var image = args.ClusterAutoscalerImage ?? ClusterAutoscalerManifests.Image(args.KubernetesVersion);
        _ = new Pulumi.Kubernetes.ApiExtensions.CustomResource(
            $"{name}-{autoscaler}",
            ManifestArgs.From(ClusterAutoscalerManifests.Deployment(image, args.ClusterName, args.Region)),
            new CustomResourceOptions { Parent = this, Provider = args.Provider, DependsOn = { account, clusterRole, role, clusterBinding, binding, priorities } });
    }

    private static PolicyRuleArgs Rule((string[] ApiGroups, string[] Resources, string[] ResourceNames, string[] Verbs) rule)
    {
        var args = new PolicyRuleArgs { ApiGroups = rule.ApiGroups, Resources = rule.Resources, Verbs = rule.Verbs };
        if (rule.ResourceNames.Length > 0)
        {
            args.ResourceNames = rule.ResourceNames;
        }

        return args;
    }

    /// <summary>Names of the device plugin DaemonSets.</summary>
    [Output("devicePlugins")]
    public Output<ImmutableArray<string>> DevicePlugins { get; private set; }
}
