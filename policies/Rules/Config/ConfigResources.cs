using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Policies;

/// <summary>
/// The capacity-bearing resources a stack's config implies, in the providers' real schema: the cluster, its system pool,
/// each GPU pool's spot group and on-demand fallback (sized by <see cref="GpuPoolSizing"/>) and the environment budget
/// with its notifications (to the alarm topic or action group the program creates, unknown until then).
/// Evaluating the pack on them checks quotas and cost caps from the config alone, before the program runs (a config
/// that cannot pass is rejected early, with the same rule ids and figures the full run reports).
/// </summary>
public static class ConfigResources
{
    public static IReadOnlyList<PolicyResource> From(PlatformConfig config, string project = "mlplatform")
    {
        ArgumentNullException.ThrowIfNull(config);
        string Urn(string type, string name) => $"urn:pulumi:{config.Environment}::{project}::{type}::{name}";
        PolicyResource Make(string type, string name, Dictionary<string, object?> inputs) => PolicyResource.Create(Urn(type, name), type, name, inputs);
        var resources = new List<PolicyResource>();
        var cluster = config.Cluster;
        if (config.Cloud == Cloud.Aws)
        {
            resources.Add(Make(ResourceTypes.EksCluster, cluster.Name, new()
            {
                ["vpcConfig"] = Map(("endpointPublicAccess", !cluster.PrivateEndpoint), ("endpointPrivateAccess", true)),
            }));
            resources.Add(Make(ResourceTypes.EksNodeGroup, $"{cluster.Name}-system", EksGroup("ON_DEMAND", [cluster.SystemPool.InstanceType], cluster.SystemPool.MinNodes, cluster.SystemPool.MaxNodes, null)));
            foreach (var pool in config.GpuPools)
            {
                var sizing = GpuPoolSizing.For(pool);
                if (pool.UsesSpot && sizing.SpotMax > 0)
                {
                    resources.Add(Make(ResourceTypes.EksNodeGroup, $"{pool.Name}-spot", EksGroup("SPOT", pool.InstanceTypes, sizing.SpotMin, sizing.SpotMax, pool.Name)));
                }

                if (sizing.OnDemandMax > 0)
                {
                    resources.Add(Make(ResourceTypes.EksNodeGroup, $"{pool.Name}-ondemand", EksGroup("ON_DEMAND", pool.EffectiveFallbackTypes, sizing.OnDemandMin, sizing.OnDemandMax, pool.Name)));
                }
            }

            resources.Add(Make(ResourceTypes.AwsBudget, $"{config.NamePrefix}-budget", new()
            {
                ["budgetType"] = "COST",
                ["timeUnit"] = "MONTHLY",
                ["limitUnit"] = "USD",
                ["limitAmount"] = config.Budget.MonthlyLimitUsd.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["notifications"] = Notifications(config.Budget)
                    .Select(n => (object?)Map(
                        ("comparisonOperator", "GREATER_THAN"),
                        ("notificationType", n.Forecasted ? "FORECASTED" : "ACTUAL"),
                        ("threshold", (double)n.Threshold),
                        ("thresholdType", "PERCENTAGE"),
                        ("subscriberSnsTopicArns", UnknownValue.Instance)))
                    .ToArray(),
            }));
        }
        else
        {
            resources.Add(Make(ResourceTypes.AksCluster, cluster.Name, new()
            {
                ["sku"] = Map(("name", "Base"), ("tier", "Standard")),
                ["apiServerAccessProfile"] = Map(("enablePrivateCluster", cluster.PrivateEndpoint)),
                ["agentPoolProfiles"] = new object?[] { AksGroup("system", "Regular", cluster.SystemPool.InstanceType, cluster.SystemPool.MinNodes, cluster.SystemPool.MaxNodes, null) },
            }));
            foreach (var pool in config.GpuPools)
            {
                var sizing = GpuPoolSizing.For(pool);
                if (pool.UsesSpot && sizing.SpotMax > 0)
                {
                    resources.Add(Make(ResourceTypes.AksAgentPool, $"{pool.Name}spot", AksGroup($"{pool.Name}spot", "Spot", pool.InstanceTypes[0], sizing.SpotMin, sizing.SpotMax, pool.Name)));
                }

                if (sizing.OnDemandMax > 0)
                {
                    resources.Add(Make(ResourceTypes.AksAgentPool, $"{pool.Name}od", AksGroup($"{pool.Name}od", "Regular", pool.EffectiveFallbackTypes[0], sizing.OnDemandMin, sizing.OnDemandMax, pool.Name)));
                }
            }

            resources.Add(Make(ResourceTypes.AzureBudget, $"{config.NamePrefix}-budget", new()
            {
                ["category"] = "Cost",
                ["timeGrain"] = "Monthly",
                ["amount"] = (double)config.Budget.MonthlyLimitUsd,
                ["notifications"] = Notifications(config.Budget).ToDictionary(
                    n => $"{(n.Forecasted ? "forecasted" : "actual")}-{n.Threshold}",
                    n => (object?)Map(
                        ("enabled", true),
                        ("operator", "GreaterThanOrEqualTo"),
                        ("threshold", (double)n.Threshold),
                        ("thresholdType", n.Forecasted ? "Forecasted" : "Actual"),
                        ("contactEmails", config.Budget.Recipients.Cast<object?>().ToArray()),
                        ("contactGroups", UnknownValue.Instance)),
                    StringComparer.Ordinal),
            }));
        }

        return resources;
    }

    // The budget components notify at each distinct actual and forecast threshold.
    private static IEnumerable<(bool Forecasted, int Threshold)> Notifications(BudgetSpec budget) =>
        budget.ActualThresholds.Distinct().Order().Select(t => (false, t))
            .Concat(budget.ForecastThresholds.Distinct().Order().Select(t => (true, t)));

    private static Dictionary<string, object?> EksGroup(string capacity, ImmutableArray<string> types, int min, int max, string? pool)
    {
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["capacityType"] = capacity,
            ["instanceTypes"] = types.Cast<object?>().ToArray(),
            ["scalingConfig"] = Map(("minSize", (double)min), ("maxSize", (double)max), ("desiredSize", (double)min)),
            ["launchTemplate"] = Map(("id", UnknownValue.Instance)),
        };
        if (pool is not null)
        {
            inputs["labels"] = Map((GpuNodeLabels.Pool, pool));
        }

        return inputs;
    }

    private static Dictionary<string, object?> AksGroup(string name, string priority, string vmSize, int min, int max, string? pool)
    {
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["agentPoolName"] = name,
            ["name"] = name,
            ["vmSize"] = vmSize,
            ["scaleSetPriority"] = priority,
            ["enableAutoScaling"] = true,
            ["minCount"] = (double)min,
            ["maxCount"] = (double)max,
        };
        if (pool is not null)
        {
            inputs["nodeLabels"] = Map((GpuNodeLabels.Pool, pool));
        }

        return inputs;
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
