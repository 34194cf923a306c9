using MlPlatform.Components;
using MlPlatform.Components.Azure;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;
using MlPlatform.Stacks.Config.Rules;

namespace MlPlatform.Infra.Azure;

/// <summary>
/// What Azure and its components accept, checked on the config before any resource: at most 3 zones, a VNet range of
/// /16 to /22 that <see cref="SubnetPlan"/> can divide, an AKS cluster name (<see cref="AzureNaming"/>), Entra group
/// object IDs as admins, agent pool limits and names (<see cref="AzureGpuPoolPlan"/>), a cache path on the temporary
/// disk (<see cref="CacheDisks"/>), repository names, budget notification limits (<see cref="AzureBudgets"/>) and someone
/// to notify of each team budget.
/// </summary>
public sealed class AzureConfigRules : IConfigRule
{
    /// <summary>The largest VNet range: a /16.</summary>
    public const int MinPrefix = 16;

    /// <summary>The smallest VNet range: a /22 leaves the endpoint and database subnets a /26 each.</summary>
    public const int MaxPrefix = 22;

    /// <summary>AKS spreads nodes over zones 1, 2 and 3.</summary>
    public const int MaxZones = 3;

    public string Concept => "azure";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        if (config.Cloud != Cloud.Azure)
        {
            return [];
        }

        var errors = ClusterErrors(config.Cluster);
        if (config.Region.Length > 0)
        {
            try
            {
                _ = AzureGpuPoolPlan.CreateAll(config.GpuPools, ConfigRuleContext.Key("gpuPools"), config.Region, context.Prices, config.DatasetCache.Enabled ? config.DatasetCache.MountPath : null);
            }
            catch (InvalidSpecException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (config.DatasetCache.Enabled && !CacheDisks.MountPathFits(CacheDiskKind.TempDisk, config.DatasetCache.MountPath))
        {
            errors.Add(new SpecError($"{ConfigRuleContext.Key("datasetCache")}.mountPath", $"must be under {CacheDisks.TempDiskMount}/ on azure, where AKS mounts the temporary disk (got '{config.DatasetCache.MountPath}')"));
        }

        foreach (var (repository, i) in config.Registry.Repositories.Select((r, i) => (r, i)).Where(r => !RegistryNaming.IsRepositoryName(r.r)))
        {
            errors.Add(new SpecError($"{ConfigRuleContext.Key("registry")}.repositories[{i}]", $"'{repository}' is not a valid repository name"));
        }

        errors.AddRange(BudgetErrors(config));
        return errors;
    }

    private static List<SpecError> ClusterErrors(ClusterSpec cluster)
    {
        var path = ConfigRuleContext.Key("cluster");
        var errors = new List<SpecError>();
        if (AzureNaming.Validate(AzureResourceKind.ManagedCluster, cluster.Name, $"{path}.name") is { } name)
        {
            errors.Add(name);
        }

        if (cluster.AvailabilityZones > MaxZones)
        {
            errors.Add(new SpecError($"{path}.availabilityZones", $"must be at most {MaxZones} on azure (got {cluster.AvailabilityZones})"));
        }

        if (!IsVnetRange(cluster.NetworkCidr))
        {
            errors.Add(new SpecError($"{path}.networkCidr", $"must be an IPv4 CIDR with a prefix between /{MinPrefix} and /{MaxPrefix} (got '{cluster.NetworkCidr}')"));
        }

        for (var i = 0; i < cluster.AdminPrincipals.Length; i++)
        {
            if (!Guid.TryParse(cluster.AdminPrincipals[i], out _))
            {
                errors.Add(new SpecError($"{path}.adminPrincipals[{i}]", $"must be an Entra ID group object ID (a GUID) on azure (got '{cluster.AdminPrincipals[i]}')"));
            }
        }

        return errors;
    }

    // The range the cluster's subnet plan divides; a prefix outside /16–/22 is refused even where the plan could cut it,
    // as the service and pod ranges are placed outside every range allowed here.
    private static bool IsVnetRange(string cidr)
    {
        var parts = cidr.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[1], out var prefix) || prefix is < MinPrefix or > MaxPrefix)
        {
            return false;
        }

        try
        {
            _ = SubnetPlan.For(cidr);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static IEnumerable<SpecError> BudgetErrors(PlatformConfig config)
    {
        var path = ConfigRuleContext.Key("budget");
        var budget = config.Budget;
        foreach (var error in AzureBudgets.Validate(budget.MonthlyLimitUsd, budget.ActualThresholds, budget.ForecastThresholds, budget.Recipients, path))
        {
            // AzureBudgets names the fields of the budget resource; the config names them differently.
            yield return error with { Path = error.Path.Replace($"{path}.amountUsd", $"{path}.monthlyLimitUsd", StringComparison.Ordinal).Replace($"{path}.contactEmails", $"{path}.recipients", StringComparison.Ordinal) };
        }

        foreach (var (team, i) in config.Teams.Select((t, i) => (t, i)).Where(t => t.t.MonthlyBudgetUsd > 0))
        {
            if (AzurePlatform.TeamRecipients(config, team).IsEmpty)
            {
                yield return new SpecError($"{ConfigRuleContext.Key("teams")}[{i}].recipients", $"must list someone to notify of the team budget (or set {path}.recipients)");
            }
        }
    }
}
