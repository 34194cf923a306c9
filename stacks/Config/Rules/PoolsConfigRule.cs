using MlPlatform.Components;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// The GPU pools: each against the shared pool rules and the region's rows of the price tables
/// (<see cref="GpuPoolSpecValidator"/>), and pool names unique.
/// </summary>
public sealed class PoolsConfigRule : IConfigRule
{
    public string Concept => "pools";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var pools = ConfigRuleContext.Key("gpuPools");
        var errors = new List<SpecError>();

        // Without a region there is nothing to price against; the binder has reported the missing region.
        if (config.Region.Length > 0)
        {
            for (var i = 0; i < config.GpuPools.Length; i++)
            {
                errors.AddRange(GpuPoolSpecValidator.Validate(config.GpuPools[i], $"{pools}[{i}]", config.Cloud, config.Region, context.Prices));
            }
        }

        foreach (var duplicate in config.GpuPools.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new SpecError(pools, $"pool name '{duplicate.Key}' is used {duplicate.Count()} times; names must be unique"));
        }

        return errors;
    }
}
