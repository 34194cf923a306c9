using System.Collections.Immutable;
using System.Globalization;
using Pulumi;
using Pulumi.Aws.Eks;
using Pulumi.Aws.Eks.Inputs;

namespace MlPlatform.Components.Aws;

/// <summary>
/// A GPU pool, spot first with an on-demand fallback, rendered either as two EKS managed node groups (AL2023 NVIDIA AMI,
/// IMDSv2-only launch template with an encrypted gp3 root and the NVMe cache user data, GPU taint and labels) ranked by
/// the cluster-autoscaler priority expander, or as Karpenter NodePools on an EC2NodeClass. The spec is validated against
/// the price tables first; every problem is reported at once, each naming its field.
/// </summary>
public sealed class GpuNodePool : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:GpuNodePool";

    public const string GpuAmiType = "AL2023_x86_64_NVIDIA";

    public GpuNodePool(string name, GpuNodePoolArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        Plan = GpuPoolPlan.Create(args.Spec, args.SpecPath, args.ClusterName, args.Region, args.Catalog);
        var tags = AwsTags.For(args.Tags, $"{args.ClusterName}-{args.Spec.Name}", args.Team);
        var nodeGroups = ImmutableDictionary.CreateBuilder<string, Output<string>>();
        var manifests = ImmutableArray.CreateBuilder<ImmutableDictionary<string, object>>();
        if (args.Provisioning == GpuNodeProvisioning.ManagedNodeGroups)
        {
            var settings = LaunchTemplateSettings.ForGpuPool(args.Spec, args.DatasetCacheMountPath);
            var template = NodeLaunchTemplate.Create($"{name}-lt", settings, args.NodeSecurityGroupId, args.ClusterSecurityGroupId, tags, this);
            var version = template.LatestVersion.Apply(v => v.ToString(CultureInfo.InvariantCulture));
            foreach (var group in Plan.Groups)
            {
                var groupTags = tags.SetItems(AwsTags.AutoscalerNodeGroup(args.ClusterName, group.Labels, group.Taints, Plan.GpusPerNode));
                var nodeGroupArgs = new NodeGroupArgs
                {
                    ClusterName = args.ClusterNameOutput,
                    NodeGroupName = group.Name,
                    NodeRoleArn = args.NodeRoleArn,
                    SubnetIds = args.SubnetIds,
                    CapacityType = group.EksCapacityType,
                    AmiType = GpuAmiType,
                    InstanceTypes = group.InstanceTypes,
                    ScalingConfig = new NodeGroupScalingConfigArgs
                    {
                        MinSize = group.MinSize,
                        MaxSize = group.MaxSize,
                        DesiredSize = group.DesiredSize,
                    },
                    UpdateConfig = new NodeGroupUpdateConfigArgs { MaxUnavailablePercentage = 33 },
                    LaunchTemplate = new NodeGroupLaunchTemplateArgs { Id = template.Id, Version = version },
                    Labels = group.Labels,
                    Taints = [.. group.Taints.Select(t => new NodeGroupTaintArgs { Key = t.Key, Value = t.Value, Effect = t.EksEffect })],
                    Tags = groupTags,
                };
                if (args.KubernetesVersion is not null)
                {
                    nodeGroupArgs.Version = args.KubernetesVersion;
                }

                var nodeGroup = new NodeGroup($"{name}-{(group.Spot ? "spot" : "ondemand")}", nodeGroupArgs, new CustomResourceOptions
                {
                    Parent = this,
                    // The autoscaler owns the size once the group exists.
                    IgnoreChanges = { "scalingConfig.desiredSize" },
                });
                nodeGroups[group.KarpenterCapacityType] = nodeGroup.NodeGroupName;
            }

            PriorityExpanderEntries = AutoscalerPriorities.Entries(Plan.Groups);
            LaunchTemplateId = template.Id;
        }
        else
        {
            manifests.Add(KarpenterManifests.NodeClass(Plan, args.ClusterName, args.NodeRoleName, args.DatasetCacheMountPath, args.Tags, args.Karpenter));
            manifests.AddRange(KarpenterManifests.NodePools(Plan, args.Karpenter));
            PriorityExpanderEntries = [];
            LaunchTemplateId = Output.Create(string.Empty);
        }

        Manifests = manifests.ToImmutable();
        NodeGroupNames = nodeGroups.Count == 0
            ? Output.Create(ImmutableDictionary<string, string>.Empty)
            : Output.All(nodeGroups.Select(p => p.Value.Apply(v => $"{p.Key}={v}")))
                .Apply(items => items.Select(i => i.Split('=', 2)).ToImmutableDictionary(p => p[0], p => p[1]));
        SpotMaxNodes = Output.Create(Plan.Sizing.SpotMax);
        OnDemandMaxNodes = Output.Create(Plan.Sizing.OnDemandMax);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["nodeGroupNames"] = NodeGroupNames,
            ["launchTemplateId"] = LaunchTemplateId,
            ["spotMaxNodes"] = SpotMaxNodes,
            ["onDemandMaxNodes"] = OnDemandMaxNodes,
        });
    }

    /// <summary>The validated plan: groups, sizes, labels, taints.</summary>
    public GpuPoolPlan Plan { get; }

    /// <summary>Kubernetes objects of the Karpenter rendering (EC2NodeClass, NodePools), applied by <see cref="KarpenterNodeObjects"/>; empty for managed node groups.</summary>
    public ImmutableArray<ImmutableDictionary<string, object>> Manifests { get; }

    /// <summary>
    /// The priority expander entries of the managed node groups (spot above on-demand); the entries of every pool go
    /// into the one ConfigMap of <see cref="Kubernetes.GpuAddons"/>. Empty under Karpenter.
    /// </summary>
    public ImmutableArray<PriorityExpanderEntry> PriorityExpanderEntries { get; }

    /// <summary>Capacity type (<c>spot</c>, <c>on-demand</c>) → node group name.</summary>
    [Output("nodeGroupNames")]
    public Output<ImmutableDictionary<string, string>> NodeGroupNames { get; private set; }

    [Output("launchTemplateId")]
    public Output<string> LaunchTemplateId { get; private set; }

    [Output("spotMaxNodes")]
    public Output<int> SpotMaxNodes { get; private set; }

    [Output("onDemandMaxNodes")]
    public Output<int> OnDemandMaxNodes { get; private set; }
}
