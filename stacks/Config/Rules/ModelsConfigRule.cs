using MlPlatform.Components;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// The served models: each belongs to a configured team and asks for a GPU some pool provides; traffic weights sum to
/// 100 over distinct versions; a shadow version receives no live traffic; replicas and model names make sense.
/// </summary>
public sealed class ModelsConfigRule : IConfigRule
{
    public string Concept => "models";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var models = ConfigRuleContext.Key("models");
        var gpuTypes = config.GpuPools.SelectMany(p => p.InstanceTypes)
            .Select(t => context.Prices.Find(config.Cloud, t, config.Region)?.Gpu.Name)
            .Where(n => !string.IsNullOrEmpty(n))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = new List<SpecError>();
        for (var i = 0; i < config.Models.Length; i++)
        {
            var model = config.Models[i];
            var path = $"{models}[{i}]";
            if (model.Team.Length > 0 && !config.Teams.Any(t => t.Name == model.Team))
            {
                errors.Add(new SpecError($"{path}.team", $"'{model.Team}' is not one of the teams in {ConfigRuleContext.Key("teams")}"));
            }

            if (model.GpuType.Length > 0 && gpuTypes.Count > 0 && !gpuTypes.Contains(model.GpuType))
            {
                errors.Add(new SpecError($"{path}.gpuType", $"'{model.GpuType}' is not a GPU any pool provides (pools provide: {string.Join(", ", gpuTypes.Order(StringComparer.Ordinal))})"));
            }

            if (model.Versions.Length > 0 && model.Versions.Sum(v => v.Weight) != 100)
            {
                errors.Add(new SpecError($"{path}.versions", $"weights must sum to 100 (got {model.Versions.Sum(v => v.Weight)})"));
            }

            foreach (var duplicate in model.Versions.GroupBy(v => v.Version).Where(g => g.Count() > 1))
            {
                errors.Add(new SpecError($"{path}.versions", $"version '{duplicate.Key}' is listed {duplicate.Count()} times"));
            }

            if (model.Shadow is { } shadow && model.Versions.Any(v => v.Version == shadow.Version && v.Weight > 0))
            {
                errors.Add(new SpecError($"{path}.shadow.version", $"'{shadow.Version}' already receives live traffic; a shadow version must have weight 0 or not be listed"));
            }

            if (model.MaxReplicas < model.MinReplicas)
            {
                errors.Add(new SpecError($"{path}.maxReplicas", $"must be >= minReplicas (got {model.MaxReplicas} < {model.MinReplicas})"));
            }
        }

        foreach (var duplicate in config.Models.GroupBy(m => m.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new SpecError(models, $"model name '{duplicate.Key}' is used {duplicate.Count()} times; names must be unique"));
        }

        return errors;
    }
}
