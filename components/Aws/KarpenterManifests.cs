using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Aws;

/// <summary>
/// The Karpenter rendering of a GPU pool (<c>karpenter.sh/v1</c> NodePool, <c>karpenter.k8s.aws/v1</c> EC2NodeClass) as
/// plain manifests: one NodePool per capacity group (spot with the higher weight, so Karpenter tries it first, then the
/// on-demand fallback), both on one EC2NodeClass per pool with IMDSv2, an encrypted gp3 root and the instance-store RAID0.
/// </summary>
public static class KarpenterManifests
{
    public const string NodePoolApiVersion = "karpenter.sh/v1";

    public const string NodeClassApiVersion = "karpenter.k8s.aws/v1";

    /// <summary>The EC2NodeClass of a pool.</summary>
    /// <param name="nodeRoleName">IAM role (name) of the nodes; Karpenter creates the instance profile.</param>
    public static ImmutableDictionary<string, object> NodeClass(GpuPoolPlan plan, string cluster, string nodeRoleName, string? cacheMountPath, CommonTags tags, KarpenterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(settings);
        var discovery = Map().Add("tags", Map().Add(AwsTags.KarpenterDiscovery, cluster));
        var spec = Map()
            .Add("role", nodeRoleName)
            .Add("amiSelectorTerms", List(Map().Add("alias", settings.AmiAlias)))
            .Add("subnetSelectorTerms", List(discovery))
            .Add("securityGroupSelectorTerms", List(discovery))
            .Add("metadataOptions", Map()
                .Add("httpEndpoint", "enabled")
                .Add("httpTokens", "required")
                .Add("httpPutResponseHopLimit", 1))
            .Add("blockDeviceMappings", List(Map()
                .Add("deviceName", "/dev/xvda")
                .Add("ebs", Map()
                    .Add("volumeSize", $"{plan.Spec.DiskSizeGiB.ToString(CultureInfo.InvariantCulture)}Gi")
                    .Add("volumeType", "gp3")
                    .Add("encrypted", true)
                    .Add("deleteOnTermination", true))))
            .Add("instanceStorePolicy", "RAID0")
            .Add("tags", tags.For().ToImmutableDictionary(p => p.Key, p => (object)p.Value));
        if (cacheMountPath is not null)
        {
            spec = spec.Add("userData", NodeUserData.Render(cacheMountPath, karpenterAssemblesRaid: true));
        }

        return Manifest(NodeClassApiVersion, "EC2NodeClass", NodeClassName(plan), spec);
    }

    /// <summary>The NodePools of a pool: spot (weight 100) and on-demand fallback (weight 10), as the plan has them.</summary>
    public static ImmutableArray<ImmutableDictionary<string, object>> NodePools(GpuPoolPlan plan, KarpenterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        return [.. plan.Groups.Select(g => NodePool(plan, g, settings))];
    }

    /// <summary>Karpenter weight of a group: spot above on-demand, so spot pools win when both fit.</summary>
    public static int Weight(CapacityGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Spot ? 100 : 10;
    }

    public static string NodeClassName(GpuPoolPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"gpu-{plan.Spec.Name}";
    }

    private static ImmutableDictionary<string, object> NodePool(GpuPoolPlan plan, CapacityGroup group, KarpenterSettings settings)
    {
        var families = group.InstanceTypes.Select(t => t.Split('.')[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var requirements = List(
            Requirement("karpenter.sh/capacity-type", group.KarpenterCapacityType),
            Requirement("node.kubernetes.io/instance-type", [.. group.InstanceTypes]),
            Requirement("karpenter.k8s.aws/instance-family", families),
            Requirement("karpenter.k8s.aws/instance-gpu-count", plan.GpusPerNode.ToString(CultureInfo.InvariantCulture)),
            Requirement("karpenter.k8s.aws/instance-gpu-manufacturer", "nvidia"),
            Requirement("kubernetes.io/arch", "amd64"));
        var taints = List([.. group.Taints.Select(t => (object)Map().Add("key", t.Key).Add("value", t.Value).Add("effect", t.Effect))]);
        var template = Map()
            .Add("metadata", Map().Add("labels", group.Labels.ToImmutableDictionary(p => p.Key, p => (object)p.Value)))
            .Add("spec", Map()
                .Add("nodeClassRef", Map().Add("group", "karpenter.k8s.aws").Add("kind", "EC2NodeClass").Add("name", NodeClassName(plan)))
                .Add("requirements", requirements)
                .Add("taints", taints)
                .Add("expireAfter", settings.ExpireAfter));
        var spec = Map()
            .Add("weight", Weight(group))
            .Add("template", template)
            .Add("limits", Map().Add("nvidia.com/gpu", (group.MaxSize * plan.GpusPerNode).ToString(CultureInfo.InvariantCulture)))
            .Add("disruption", Map()
                .Add("consolidationPolicy", "WhenEmptyOrUnderutilized")
                .Add("consolidateAfter", settings.ConsolidateAfter)
                .Add("budgets", List(Map().Add("nodes", settings.DisruptionBudgetNodes))));
        return Manifest(NodePoolApiVersion, "NodePool", group.Name, spec);
    }

    private static ImmutableDictionary<string, object> Requirement(string key, params string[] values) =>
        Map().Add("key", key).Add("operator", "In").Add("values", ImmutableArray.Create<object>([.. values]));

    private static ImmutableDictionary<string, object> Manifest(string apiVersion, string kind, string name, ImmutableDictionary<string, object> spec) =>
        Map()
            .Add("apiVersion", apiVersion)
            .Add("kind", kind)
            .Add("metadata", Map().Add("name", name).Add("labels", KubernetesLabels.For("karpenter-gpu", name, "v1", "node-provisioning").ToImmutableDictionary(p => p.Key, p => (object)p.Value)))
            .Add("spec", spec);

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;

    private static ImmutableArray<object> List(params object[] items) => [.. items];
}
