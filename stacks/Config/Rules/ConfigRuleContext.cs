using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>What a rule checks: the bound config, which keys the stack sets, and the price tables.</summary>
public sealed record ConfigRuleContext(BoundStackConfig Bound, PriceCatalog Prices)
{
    public PlatformConfig Config => Bound.Config;

    /// <summary>The full key path of a top-level key (<c>mlplatform:cluster</c>).</summary>
    public static string Key(string key) => $"{StackConfigReader.Namespace}:{key}";

    /// <summary>Whether the stack sets the key at <paramref name="path"/>.</summary>
    public bool IsSet(string path) => Bound.IsSet(path);
}
