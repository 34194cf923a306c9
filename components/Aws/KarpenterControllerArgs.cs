using Pulumi;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="KarpenterController"/>.</summary>
public sealed class KarpenterControllerArgs
{
    /// <summary>The EKS cluster's name, as a plain value: it goes into the IAM conditions, the queue name and the chart. Required.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The cluster's name as <see cref="GpuCluster"/> outputs it, so the Pod Identity association waits for the cluster. Required.</summary>
    public required Input<string> ClusterNameOutput { get; init; }

    public required string Region { get; init; }

    /// <summary>The account of the cluster (instance profiles and <c>eks:DescribeCluster</c> are scoped to it). Required.</summary>
    public required Input<string> AccountId { get; init; }

    /// <summary>The node role of the EC2NodeClasses: the only role the controller may pass to instances. Required.</summary>
    public required Input<string> NodeRoleArn { get; init; }

    /// <summary>The Kubernetes provider of the cluster the chart is installed into. Required.</summary>
    public required ProviderResource Provider { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>The AWS partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>).</summary>
    public string Partition { get; init; } = "aws";

    /// <summary>Chart version, namespace, service account, replicas, placement and size of the controller.</summary>
    public KarpenterControllerSettings Settings { get; init; } = KarpenterControllerSettings.Default;
}
