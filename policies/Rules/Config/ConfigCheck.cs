using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Policies;

/// <summary>Evaluates the pack on what a config implies (<see cref="ConfigResources"/>), before any resource is declared.</summary>
public static class ConfigCheck
{
    public static PolicyResult Evaluate(PlatformConfig config, CostCatalog costs, string? stackName = null, PolicyEvaluator? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var context = PolicyContext.FromConfig(config, costs, stackName);
        return (evaluator ?? PolicyEvaluator.Default).Evaluate(ConfigResources.From(config), context);
    }
}
