using MlPlatform.Components;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>Binds <c>mlplatform:policy</c> (the policy pack's per-stack limits) and <c>mlplatform:tags</c>.</summary>
internal static class PolicyBinder
{
    public static PolicySettings BindPolicy(ConfigNode node, BindContext context)
    {
        var enforcement = node.StringMap("enforcement");
        foreach (var (rule, level) in enforcement)
        {
            if (level is not ("advisory" or "mandatory" or "disabled"))
            {
                context.Errors.Add($"{node.Path}.enforcement.{rule}", $"must be advisory, mandatory or disabled (got '{level}')");
            }
        }

        var settings = new PolicySettings(
            node.OptionalInt("maxGpusPerPool", 0),
            node.OptionalInt("maxGpusPerEnvironment", 0),
            node.Strings("allowedInstanceTypes", []),
            node.OptionalInt("minSpotPercentage", 0),
            node.OptionalInt("maxSpotPercentageLatencyCritical", 0),
            node.OptionalDecimal("monthlyCostCapUsd", 0),
            node.OptionalDecimal("poolMonthlyCostCapUsd", 0),
            node.OptionalDecimal("teamMonthlyCostCapUsd", 0),
            enforcement,
            BindUnverifiable(node, context.Errors));
        node.RejectUnknownKeys();
        return settings;
    }

    public static CommonTags BindTags(ConfigNode node, string environment)
    {
        var tags = new CommonTags(environment, node.String("costCenter", string.Empty, required: true), node.StringMap("extra"));
        node.RejectUnknownKeys();
        return tags;
    }

    // Capacity the gate cannot read fails it unless the stack says otherwise; "disabled" is deliberately not offered: a
    // stack may accept the risk (advisory) but the report always shows it.
    private static string? BindUnverifiable(ConfigNode node, ConfigErrors errors)
    {
        var level = node.String("unverifiable", string.Empty);
        if (level.Length == 0)
        {
            return null;
        }

        if (level is not ("advisory" or "mandatory"))
        {
            errors.Add($"{node.Path}.unverifiable", $"must be advisory or mandatory (got '{level}')");
            return null;
        }

        return level;
    }
}
