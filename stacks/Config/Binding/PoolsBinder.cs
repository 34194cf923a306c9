using System.Collections.Immutable;
using MlPlatform.Components;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>Binds <c>mlplatform:gpuPools</c>; sizes, capacity and pricing are the pools rule's.</summary>
internal static class PoolsBinder
{
    public static ImmutableArray<GpuPoolSpec> Bind(ConfigNode root, BindContext context)
    {
        var nodes = root.List("gpuPools");
        if (!root.Has("gpuPools") || nodes.Count == 0)
        {
            context.Errors.Add($"{StackConfigReader.Namespace}:gpuPools", "must list at least one GPU pool");
        }

        var pools = ImmutableArray.CreateBuilder<GpuPoolSpec>();
        foreach (var node in nodes.Where(n => n.IsObject))
        {
            pools.Add(new GpuPoolSpec(
                node.String("name", string.Empty, required: true),
                node.Strings("instanceTypes", [], required: true),
                node.Strings("fallbackInstanceTypes", []),
                node.Int("minNodes", 0),
                node.Int("maxNodes", 1),
                node.Int("spotPercentage", 100),
                node.Int("onDemandBaseCount", 0),
                node.Bool("latencyCritical", false),
                node.Int("diskSizeGiB", 200),
                node.Int("gpuSharingReplicas", 1)));
            node.RejectUnknownKeys();
        }

        return pools.ToImmutable();
    }
}
