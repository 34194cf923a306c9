using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>Binds <c>mlplatform:models</c>: versions with weights, shadow, replicas; references are the models rule's.</summary>
internal static class ModelsBinder
{
    public static ImmutableArray<ModelDeploymentSpec> Bind(ConfigNode root, BindContext context)
    {
        var models = ImmutableArray.CreateBuilder<ModelDeploymentSpec>();
        foreach (var node in root.List("models").Where(n => n.IsObject))
        {
            var name = node.String("name", string.Empty, required: true);
            if (name.Length > 0 && !ConfigPatterns.IsName(name, 40))
            {
                context.Errors.Add($"{node.Path}.name", $"must be lowercase letters, digits and '-', at most 40 characters (got '{name}')");
            }

            var team = node.String("team", string.Empty, required: true);
            var gpuType = node.String("gpuType", string.Empty);
            var versions = node.List("versions", required: true).Where(v => v.IsObject).Select(v =>
            {
                var version = new ModelVersionSpec(v.String("version", string.Empty, required: true), v.Int("weight", 0, 0, 100));
                v.RejectUnknownKeys();
                return version;
            }).ToImmutableArray();
            ShadowSpec? shadow = null;
            var shadowNode = node.Object("shadow");
            if (node.Has("shadow"))
            {
                shadow = new ShadowSpec(shadowNode.String("version", string.Empty, required: true), shadowNode.Int("percent", 100, 1, 100));
                shadowNode.RejectUnknownKeys();
            }

            var minReplicas = node.Int("minReplicas", 1, 0, 100);
            var maxReplicas = node.Int("maxReplicas", Math.Max(1, minReplicas) * 4, 1, 500);
            models.Add(new ModelDeploymentSpec(name, team, gpuType, versions, shadow, minReplicas, maxReplicas, node.Bool("spotAllowed", false)));
            node.RejectUnknownKeys();
        }

        return models.ToImmutable();
    }
}
