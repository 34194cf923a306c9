using System.Collections.Immutable;

namespace MlPlatform.Components.Aws;

/// <summary>
/// The AWS tags of the platform: the <see cref="CommonTags"/> every resource carries, plus the well-known tags that EKS,
/// the load balancer controller, Karpenter and cluster-autoscaler discover subnets, security groups and node groups by.
/// </summary>
public static class AwsTags
{
    public const string KarpenterDiscovery = "karpenter.sh/discovery";

    public const string AutoscalerEnabled = "k8s.io/cluster-autoscaler/enabled";

    public const string AutoscalerNodeTemplate = "k8s.io/cluster-autoscaler/node-template";

    /// <summary>The common tags, with <c>Name</c> set so the console shows something readable.</summary>
    public static ImmutableDictionary<string, string> For(CommonTags tags, string name, string? team = null, IReadOnlyDictionary<string, string>? more = null)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags.For(team, more).SetItem("Name", name);
    }

    /// <summary>Tags of the private subnets: internal load balancers, cluster ownership and Karpenter discovery.</summary>
    public static ImmutableDictionary<string, string> PrivateSubnet(string cluster) =>
        ImmutableDictionary<string, string>.Empty
            .Add($"kubernetes.io/cluster/{cluster}", "shared")
            .Add("kubernetes.io/role/internal-elb", "1")
            .Add(KarpenterDiscovery, cluster);

    /// <summary>Tags of the public subnets: internet-facing load balancers.</summary>
    public static ImmutableDictionary<string, string> PublicSubnet(string cluster) =>
        ImmutableDictionary<string, string>.Empty
            .Add($"kubernetes.io/cluster/{cluster}", "shared")
            .Add("kubernetes.io/role/elb", "1");

    /// <summary>
    /// Tags cluster-autoscaler reads on a node group: auto-discovery, and the node template (labels, taints, GPUs) so
    /// it can scale a group up from zero without a running node to copy.
    /// </summary>
    public static ImmutableDictionary<string, string> AutoscalerNodeGroup(
        string cluster,
        IReadOnlyDictionary<string, string> labels,
        IEnumerable<NodeTaint> taints,
        int gpusPerNode)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(taints);
        var tags = ImmutableDictionary.CreateBuilder<string, string>();
        tags[AutoscalerEnabled] = "true";
        tags[$"k8s.io/cluster-autoscaler/{cluster}"] = "owned";
        foreach (var (key, value) in labels)
        {
            tags[$"{AutoscalerNodeTemplate}/label/{key}"] = value;
        }

        foreach (var taint in taints)
        {
            tags[$"{AutoscalerNodeTemplate}/taint/{taint.Key}"] = $"{taint.Value}:{taint.Effect}";
        }

        if (gpusPerNode > 0)
        {
            tags[$"{AutoscalerNodeTemplate}/resources/nvidia.com/gpu"] = gpusPerNode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return tags.ToImmutable();
    }
}
