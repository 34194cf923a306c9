using System.Collections.Immutable;
using System.Globalization;
using MlPlatform.Components;
using MlPlatform.Components.Aws;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;
using MlPlatform.Stacks.Config.Rules;

namespace MlPlatform.Infra.Aws;

/// <summary>
/// What the AWS components accept, checked on the config before any of them exists: the VPC range and zones
/// (<see cref="SubnetPlan"/>: /16 to /20), the budgets (<see cref="BudgetAlarm.Validate"/>: at most ten direct recipients
/// per team budget), the dataset cache (<see cref="DatasetCache.Validate"/>: under /mnt or /var) and the registry
/// (<see cref="ContainerRegistry.Validate"/>). The components' own checks then only assert; their field paths are the
/// config's without the namespace, so here they gain the <c>mlplatform:</c> prefix.
/// </summary>
public sealed class AwsConfigRules : IConfigRule
{
    public string Concept => "aws";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        if (config.Cloud != Cloud.Aws)
        {
            return [];
        }

        var cluster = config.Cluster;
        var errors = new List<SpecError>(SubnetPlan.Validate(cluster.NetworkCidr, config.Region, cluster.AvailabilityZones, cluster.Zones.IsDefaultOrEmpty ? null : cluster.Zones, ConfigRuleContext.Key("cluster")));
        errors.AddRange(BudgetErrors(config));
        errors.AddRange(DatasetCache.Validate(new DatasetCacheArgs
        {
            NamePrefix = config.NamePrefix,
            Tags = config.Tags,
            MountPath = config.DatasetCache.MountPath,
            MaxSizeGiB = config.DatasetCache.MaxSizeGiB,
            Prefetch = [.. config.DatasetCache.Prefetch.Select(d => $"{d.Name}@{d.Version}")],
            WarmerImage = config.Services.DatasetWarmer.Image,
        }).Select(Namespaced));
        errors.AddRange(ContainerRegistry.Validate(new ContainerRegistryArgs
        {
            NamePrefix = config.NamePrefix,
            Tags = config.Tags,
            Repositories = config.Registry.Repositories,
            UntaggedExpiryDays = config.Registry.UntaggedExpiryDays,
            KeepLastImages = config.Registry.KeepLastImages,
            PullPrincipalArns = [],
        }).Select(Namespaced));
        return errors;
    }

    // The component numbers only the teams with a budget; the config numbers every team.
    private static IEnumerable<SpecError> BudgetErrors(PlatformConfig config)
    {
        var budgeted = config.Teams.Select((team, index) => (team, index)).Where(t => t.team.MonthlyBudgetUsd is not null).ToImmutableArray();
        var args = new BudgetAlarmArgs
        {
            NamePrefix = config.NamePrefix,
            Environment = config.Environment,
            Tags = config.Tags,
            AccountId = string.Empty,
            MonthlyLimitUsd = config.Budget.MonthlyLimitUsd,
            ActualThresholds = config.Budget.ActualThresholds,
            ForecastThresholds = config.Budget.ForecastThresholds,
            Recipients = config.Budget.Recipients,
            Teams = [.. budgeted.Select(t => new TeamBudget(t.team.Name, t.team.MonthlyBudgetUsd!.Value, t.team.Recipients))],
        };
        foreach (var error in BudgetAlarm.Validate(args))
        {
            if (error.Path.StartsWith("teams[", StringComparison.Ordinal))
            {
                var close = error.Path.IndexOf(']', StringComparison.Ordinal);
                var component = int.Parse(error.Path["teams[".Length..close], CultureInfo.InvariantCulture);
                yield return new SpecError($"{ConfigRuleContext.Key("teams")}[{budgeted[component].index}]{error.Path[(close + 1)..]}", error.Problem);
            }
            else
            {
                yield return Namespaced(error);
            }
        }
    }

    private static SpecError Namespaced(SpecError error) => error with { Path = $"{StackConfigReader.Namespace}:{error.Path}" };
}
