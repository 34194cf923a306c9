using System.Collections.Immutable;

namespace MlPlatform.Plan;

/// <summary>
/// Which input changes force a resource to be replaced rather than updated in place, for the resource types the
/// platform declares (from the providers' schemas: these properties are immutable in the cloud APIs). A plan against a
/// stack export uses it to tell <c>replace</c> from <c>update</c>; the real engine asks the provider instead.
/// </summary>
public static class ReplacementRules
{
    private static readonly ImmutableDictionary<string, ImmutableHashSet<string>> ForceNew = new Dictionary<string, string[]>
    {
        ["aws:ec2/vpc:Vpc"] = ["cidrBlock"],
        ["aws:ec2/subnet:Subnet"] = ["cidrBlock", "availabilityZone", "vpcId"],
        ["aws:eks/cluster:Cluster"] = ["name", "encryptionConfig", "kubernetesNetworkConfig"],
        ["aws:eks/nodeGroup:NodeGroup"] = ["nodeGroupName", "subnetIds", "instanceTypes", "capacityType", "amiType", "diskSize", "clusterName"],
        ["aws:s3/bucket:Bucket"] = ["bucket", "bucketPrefix"],
        ["aws:ecr/repository:Repository"] = ["name"],
        ["aws:kms/key:Key"] = ["customerMasterKeySpec", "keyUsage"],
        ["aws:iam/role:Role"] = ["name"],
        ["aws:sns/topic:Topic"] = ["name", "fifoTopic"],
        ["aws:budgets/budget:Budget"] = ["name", "accountId"],
        ["aws:sqs/queue:Queue"] = ["name", "namePrefix", "fifoQueue"],
        ["aws:cloudwatch/eventRule:EventRule"] = ["name", "namePrefix", "eventBusName"],
        ["aws:cloudwatch/eventTarget:EventTarget"] = ["rule", "targetId", "eventBusName"],
        ["kubernetes:helm.sh/v3:Release"] = ["name", "namespace"],
        ["azure-native:resources:ResourceGroup"] = ["resourceGroupName", "location"],
        ["azure-native:containerservice:ManagedCluster"] = ["resourceName", "location", "resourceGroupName"],
        ["azure-native:containerservice:AgentPool"] = ["agentPoolName", "vmSize", "scaleSetPriority", "osDiskSizeGB", "resourceName"],
        ["azure-native:storage:StorageAccount"] = ["accountName", "location", "resourceGroupName"],
        ["azure-native:containerregistry:Registry"] = ["registryName", "location"],
        ["azure-native:network:VirtualNetwork"] = ["virtualNetworkName", "location"],
    }.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableHashSet(StringComparer.Ordinal));

    /// <summary>The changed keys of <paramref name="type"/> that force replacement.</summary>
    public static ImmutableArray<string> ReplaceReasons(string type, IEnumerable<string> changedKeys)
    {
        ArgumentNullException.ThrowIfNull(changedKeys);
        // A Helm release is not an object with metadata: its provider replaces it when its name or namespace changes.
        if (type.StartsWith("kubernetes:", StringComparison.Ordinal) && !ForceNew.ContainsKey(type))
        {
            // Kubernetes objects are replaced when their identity (metadata.name/namespace) changes; the diff is per key.
            return [.. changedKeys.Where(k => k is "metadata" or "apiVersion" or "kind")];
        }

        return ForceNew.TryGetValue(type, out var keys) ? [.. changedKeys.Where(keys.Contains)] : [];
    }
}
