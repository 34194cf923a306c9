using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// Where and what the cluster is: the region has GPU offerings for the cloud, the system pool's max is not below its
/// min, and the settings that exist on one cloud only (Karpenter, zones by name) are not set on the other.
/// </summary>
public sealed class ClusterConfigRule : IConfigRule
{
    public string Concept => "cluster";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var cluster = ConfigRuleContext.Key("cluster");
        if (config.Region.Length > 0 && !context.Prices.Offerings.Any(o => o.Cloud == config.Cloud && string.Equals(o.Region, config.Region, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new SpecError(ConfigRuleContext.Key("region"), $"'{config.Region}' has no GPU offerings for {config.Cloud} in the price tables");
        }

        var system = config.Cluster.SystemPool;
        if (system.MaxNodes < system.MinNodes)
        {
            yield return new SpecError($"{cluster}.systemPool.maxNodes", $"must be >= minNodes (got {system.MaxNodes} < {system.MinNodes})");
        }

        if (config.Cluster.Provisioner == NodeProvisioner.Karpenter && config.Cloud != Cloud.Aws)
        {
            yield return new SpecError($"{cluster}.provisioner", "karpenter is only available on aws; azure uses agent pools with cluster-autoscaler");
        }

        if (!config.Cluster.Zones.IsDefaultOrEmpty && config.Cloud != Cloud.Aws)
        {
            yield return new SpecError($"{cluster}.zones", "names aws zones; on azure, availabilityZones counts zones 1, 2, 3");
        }
    }
}
